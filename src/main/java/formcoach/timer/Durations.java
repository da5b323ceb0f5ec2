package formcoach.timer;

/** Durations in a person's words. */
public final class Durations {
    private Durations() {
    }

    /** "45 s", "2 min", "7 min 30 s", "1 h 5 min". */
    public static String words(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        if (h > 0) {
            return s == 0 ? (m == 0 ? h + " h" : h + " h " + m + " min") : h + " h " + m + " min " + s + " s";
        }
        return s == 0 ? m + " min" : m + " min " + s + " s";
    }

    /** "7:05", "1:02:03": a clock face for tables. */
    public static String clock(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(java.util.Locale.ROOT, "%d:%02d", m, s);
    }
}
