package formcoach.paincheck;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where the person is, for the names in every answer (rules §8): the emergency number, the same-day
 * service and the emergency department. One region gives all three, so they are never mixed. The
 * names come from {@code assets/paincheck/advice.json}; a country without its own set gets the
 * "elsewhere" set (112).
 *
 * @param code                ISO 3166 alpha-2 code in capitals, or {@link #UNKNOWN} when the system names no country
 * @param emergencyNumber     e.g. "999"
 * @param sameDayService      e.g. "NHS 111", written to follow "contact"
 * @param emergencyDepartment e.g. "A&E", written to follow "go to"
 */
public record Region(String code, String emergencyNumber, String sameDayService, String emergencyDepartment) {
    /** The code used when the system locale names no country: the "elsewhere" set. */
    public static final String UNKNOWN = "ZZ";
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(emergencyNumber, "emergencyNumber");
        Objects.requireNonNull(sameDayService, "sameDayService");
        Objects.requireNonNull(emergencyDepartment, "emergencyDepartment");
    }

    /**
     * The region code a person typed, in capitals, if it is an ISO 3166 country (or {@link #UNKNOWN});
     * empty otherwise. Case does not matter: "gb" is GB.
     */
    public static Optional<String> normaliseCode(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String c = typed.strip().toUpperCase(Locale.ROOT);
        return ISO.contains(c) || UNKNOWN.equals(c) ? Optional.of(c) : Optional.empty();
    }

    /** The default region: the system locale's country, or {@link #UNKNOWN} when it names none. */
    public static String defaultCode(Locale locale) {
        return normaliseCode(locale.getCountry()).orElse(UNKNOWN);
    }

    /** Fills {emergencyNumber}, {sameDayService} and {emergencyDepartment} in a text. */
    public String fill(String text) {
        return text.replace("{emergencyNumber}", emergencyNumber)
                .replace("{sameDayService}", sameDayService)
                .replace("{emergencyDepartment}", emergencyDepartment);
    }
}
