package formcoach.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

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
 * @param emergencyNumber  the number the pain checker tells the person to call
 * @param welcomeSeen      the first-run welcome has been closed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String theme, WindowBounds window, double volume, boolean muted, boolean voice,
                       int leadInSeconds, String emergencyNumber, boolean welcomeSeen) {
    public static final String STORE_NAME = "settings";
    public static final int SCHEMA_VERSION = 1;

    /** Where the window was: restored only if it still fits on a screen. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public Settings {
        theme = "dark".equals(theme) ? "dark" : "light";
        volume = Double.isNaN(volume) ? 0.8 : Math.max(0.0, Math.min(1.0, volume));
        leadInSeconds = Math.max(3, Math.min(10, leadInSeconds));
        if (emergencyNumber == null || emergencyNumber.isBlank()) {
            emergencyNumber = defaultEmergencyNumber(Locale.getDefault());
        }
    }

    public static Settings defaults() {
        return new Settings("light", null, 0.8, false, false, 3, defaultEmergencyNumber(Locale.getDefault()), false);
    }

    /** 999 in the UK, 911 in North America, 112 elsewhere (the EU-wide number, also routed in many other countries). */
    public static String defaultEmergencyNumber(Locale locale) {
        String country = locale.getCountry();
        return switch (country) {
            case "GB", "IE" -> "999";
            case "US", "CA", "MX", "PR" -> "911";
            case "AU" -> "000";
            case "NZ" -> "111";
            default -> "112";
        };
    }

    public static Loaded<Settings> load(JsonStore store) throws StoreException {
        return store.read(STORE_NAME, SCHEMA_VERSION, Settings.class, Settings::defaults);
    }

    public void save(JsonStore store) throws StoreException {
        store.write(STORE_NAME, SCHEMA_VERSION, this);
    }

    public Settings withTheme(String t) {
        return new Settings(t, window, volume, muted, voice, leadInSeconds, emergencyNumber, welcomeSeen);
    }

    public Settings withWindow(WindowBounds w) {
        return new Settings(theme, w, volume, muted, voice, leadInSeconds, emergencyNumber, welcomeSeen);
    }

    public Settings withSound(double vol, boolean mute, boolean speak) {
        return new Settings(theme, window, vol, mute, speak, leadInSeconds, emergencyNumber, welcomeSeen);
    }

    public Settings withLeadInSeconds(int s) {
        return new Settings(theme, window, volume, muted, voice, s, emergencyNumber, welcomeSeen);
    }

    public Settings withEmergencyNumber(String n) {
        return new Settings(theme, window, volume, muted, voice, leadInSeconds, n, welcomeSeen);
    }

    public Settings withWelcomeSeen(boolean seen) {
        return new Settings(theme, window, volume, muted, voice, leadInSeconds, emergencyNumber, seen);
    }
}
