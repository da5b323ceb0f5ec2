package formcoach.library.ui;

import formcoach.library.Exercise;

import java.util.Locale;

/** Small wording helpers shared by the library views (no JavaFX). */
final class Texts {
    private Texts() {
    }

    /** Capital first letter and a full stop: the core writes messages that read mid-sentence too. */
    static String sentence(String s) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return t;
        }
        String first = t.split("\\s", 2)[0];
        // a message that opens with a file name or path keeps its spelling
        if (!first.contains(".") && !first.contains("/") && !first.contains("\\")) {
            t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") ? t : t + ".";
    }

    /** "1 exercise", "45 exercises". */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /**
     * The exercise's name as it reads inside a sentence: "Barbell bent-over row" becomes "barbell
     * bent-over row", while names that start with an abbreviation ("T-bar row", "Y-T-W-L raises") keep it.
     */
    static String inSentence(Exercise e) {
        String n = e.name();
        if (n.length() > 1 && Character.isUpperCase(n.charAt(0)) && Character.isLowerCase(n.charAt(1))) {
            return n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1);
        }
        return n;
    }

    /** "2-1-2" → "pull 2 s · squeeze 1 s · lower 2 s"; other tempo text stays as written. */
    static String tempoWords(String tempo) {
        String t = tempo == null ? "" : tempo.strip();
        if (t.matches("\\d+-\\d+-\\d+")) {
            String[] p = t.split("-");
            return "pull " + p[0] + " s · squeeze " + p[1] + " s · lower " + p[2] + " s";
        }
        return t;
    }
}
