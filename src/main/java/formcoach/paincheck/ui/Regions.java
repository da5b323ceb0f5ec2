package formcoach.paincheck.ui;

import formcoach.paincheck.Region;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The countries a person picks their region from, by name rather than by code: the ones with
 * emergency names of their own first, then every other country A to Z, then "no country in
 * particular". No toolkit; the start page and the first-run welcome show the list.
 */
public final class Regions {
    /** Countries that have names of their own in advice.json, in the order offered first. */
    static final List<String> OWN_NAMES = List.of("GB", "IE", "US", "CA", "AU", "NZ");

    /** One country in the list: its ISO code and its name. */
    public record Choice(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Regions() {
    }

    /** Every ISO 3166 country by name in {@code language}, the six with their own names first, then "no country in particular". */
    public static List<Choice> choices(Locale language) {
        List<Choice> out = new ArrayList<>();
        for (String c : OWN_NAMES) {
            out.add(new Choice(c, name(c, language)));
        }
        Collator collator = Collator.getInstance(language);
        List<Choice> rest = new ArrayList<>();
        for (String c : Locale.getISOCountries()) {
            if (!OWN_NAMES.contains(c)) {
                rest.add(new Choice(c, name(c, language)));
            }
        }
        rest.sort(Comparator.comparing(Choice::name, collator));
        out.addAll(rest);
        out.add(new Choice(Region.UNKNOWN, name(Region.UNKNOWN, language)));
        return List.copyOf(out);
    }

    /** The country's name ("United Kingdom"), or "No country in particular" for {@link Region#UNKNOWN}. */
    public static String name(String code, Locale language) {
        if (Region.UNKNOWN.equals(code)) {
            return "No country in particular";
        }
        String n = new Locale("", code).getDisplayCountry(language);
        return n == null || n.isBlank() ? code : n;
    }

    /** The choice for a code, if the list has it. */
    public static Optional<Choice> find(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** "United Kingdom: emergency 999 · same day NHS 111 · emergency department A&E", one region's names in one line. */
    public static String describe(Region r) {
        return name(r.code(), Locale.ENGLISH) + ": emergency number " + r.emergencyNumber() + " \u00b7 same day: "
                + r.sameDayService() + " \u00b7 emergency department: " + r.emergencyDepartment();
    }
}
