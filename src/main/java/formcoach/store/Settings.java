package formcoach.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import java.util.Locale;

/**
 * The person's settings, kept in {@code settings.json} in the data folder.
 *
 * @param theme            "light" or "dark"
 * @param window           last window position and size, or null before the first close
 * @param volume           0.0–1.0 for the timer's tones
 * @param muted            all timer sound off
 * @param voice            speak step names and cues where the OS has a speech command
 * @param leadInSeconds    the 3-2-1 lead-in before the routine and each step, 3–10
 * @param region           ISO 3166 country code whose emergency number and services the pain check
 *                         names (rules §8), or "ZZ" for none in particular; default from the system locale
 * @param welcomeSeen      the first-run welcome has been closed
 * @param reportName       the person's name for the clinician report, or null
 * @param reportBirthDate  the person's date of birth (ISO yyyy-mm-dd) for the clinician report, or null
 * @param reduceMotion     the exercise figures show still key positions instead of moving (off unless chosen)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String theme, WindowBounds window, double volume, boolean muted, boolean voice,
                       int leadInSeconds, String region, boolean welcomeSeen, String reportName, String reportBirthDate,
                       // added after the first release: a file written before it has no such key, which reads as off
                       // (not as a broken file, which FAIL_ON_NULL_FOR_PRIMITIVES would make it)
                       @JsonSetter(nulls = Nulls.AS_EMPTY) boolean reduceMotion) {
    public static final String STORE_NAME = "settings";
    public static final int SCHEMA_VERSION = 1;
    /** The region code for "no country in particular" (the 112 set). */
    public static final String NO_REGION = "ZZ";
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    /** Where the window was: restored only if it still fits on a screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Settings {
        theme = "dark".equals(theme) ? "dark" : "light";
        volume = Double.isNaN(volume) ? 0.8 : Math.max(0.0, Math.min(1.0, volume));
        leadInSeconds = Math.max(3, Math.min(10, leadInSeconds));
        region = region == null ? null : region.strip().toUpperCase(Locale.ROOT);
        if (region == null || !(COUNTRIES.contains(region) || NO_REGION.equals(region))) {
            region = defaultRegion(Locale.getDefault());
        }
        reportName = reportName == null || reportName.isBlank() ? null : reportName.strip();
        reportBirthDate = reportBirthDate == null || reportBirthDate.isBlank() ? null : reportBirthDate.strip();
    }

    public static Settings defaults() {
        return new Settings("light", null, 0.8, false, false, 3, defaultRegion(Locale.getDefault()), false, null, null, false);
    }

    /** The locale's country when it names one, else {@link #NO_REGION}. */
    public static String defaultRegion(Locale locale) {
        String country = locale.getCountry().toUpperCase(Locale.ROOT);
        return COUNTRIES.contains(country) ? country : NO_REGION;
    }

    public static Loaded<Settings> load(JsonStore store) throws StoreException {
        return store.read(STORE_NAME, SCHEMA_VERSION, Settings.class, Settings::defaults);
    }

    public void save(JsonStore store) throws StoreException {
        store.write(STORE_NAME, SCHEMA_VERSION, this);
    }

    public Settings withTheme(String t) {
        return new Settings(t, window, volume, muted, voice, leadInSeconds, region, welcomeSeen, reportName, reportBirthDate, reduceMotion);
    }

    public Settings withWindow(WindowBounds w) {
        return new Settings(theme, w, volume, muted, voice, leadInSeconds, region, welcomeSeen, reportName, reportBirthDate, reduceMotion);
    }

    public Settings withSound(double vol, boolean mute, boolean speak) {
        return new Settings(theme, window, vol, mute, speak, leadInSeconds, region, welcomeSeen, reportName, reportBirthDate, reduceMotion);
    }

    public Settings withLeadInSeconds(int s) {
        return new Settings(theme, window, volume, muted, voice, s, region, welcomeSeen, reportName, reportBirthDate, reduceMotion);
    }

    public Settings withRegion(String code) {
        return new Settings(theme, window, volume, muted, voice, leadInSeconds, code, welcomeSeen, reportName, reportBirthDate, reduceMotion);
    }

    /** The name and date of birth printed on the clinician report; null or blank leaves them out. */
    public Settings withReportPerson(String name, String birthDate) {
        return new Settings(theme, window, volume, muted, voice, leadInSeconds, region, welcomeSeen, name, birthDate, reduceMotion);
    }

    /** Still key positions instead of moving figures, everywhere a figure shows. */
    public Settings withReduceMotion(boolean reduce) {
        return new Settings(theme, window, volume, muted, voice, leadInSeconds, region, welcomeSeen, reportName, reportBirthDate, reduce);
    }

    public Settings withWelcomeSeen(boolean seen) {
        return new Settings(theme, window, volume, muted, voice, leadInSeconds, region, seen, reportName, reportBirthDate, reduceMotion);
    }
}
