package formcoach.library;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for matching: lower case, accents off, punctuation to spaces, apostrophes dropped. */
final class TextNorm {
    private TextNorm() {
    }

    /** "Child's Pose – Élan" → "childs pose elan". */
    static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = s;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 128) {
                t = Normalizer.normalize(t, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** A 64-bit summary of which characters occur: a–z, 0–9, and everything else hashed into the rest. */
    static long charMask(CharSequence s) {
        long mask = 0;
        for (int i = 0; i < s.length(); i++) {
            mask |= 1L << charBit(s.charAt(i));
        }
        return mask;
    }

    private static int charBit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + (c - '0');
        }
        return 36 + Math.floorMod(c, 28);
    }
}
