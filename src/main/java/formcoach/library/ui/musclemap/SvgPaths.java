package formcoach.library.ui.musclemap;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mirroring SVG path data, so each bilateral muscle is drawn once and mirrored across the midline. */
final class SvgPaths {
    private static final Pattern TOKEN = Pattern.compile("([MLCQSTHVZmlcqsthvz])|([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)|([\\s,]+)|(.)");

    private SvgPaths() {
    }

    /**
     * Mirrors path data across the vertical line x = axis. Handles absolute and relative M, L, C, Q, S, T, H, V
     * and Z; arcs are refused because their sweep flag would also need flipping and no drawing uses them.
     */
    static String mirror(String path, double axis) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        Matcher m = TOKEN.matcher(path);
        char command = 0;
        int index = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                command = m.group(1).charAt(0);
                index = 0;
                out.append(command).append(' ');
            } else if (m.group(2) != null) {
                if (command == 0) {
                    throw new IllegalArgumentException("path data starts with a number: " + path);
                }
                double v = Double.parseDouble(m.group(2));
                boolean isX = switch (Character.toUpperCase(command)) {
                    case 'H' -> true;
                    case 'V' -> false;
                    case 'M', 'L', 'C', 'Q', 'S', 'T' -> index % 2 == 0;
                    default -> throw new IllegalArgumentException("unexpected number after " + command + " in " + path);
                };
                if (isX) {
                    v = Character.isUpperCase(command) ? 2 * axis - v : -v;
                }
                out.append(format(v)).append(' ');
                index++;
            } else if (m.group(4) != null) {
                throw new IllegalArgumentException("unsupported path token '" + m.group(4) + "' in " + path);
            }
        }
        return out.toString().trim();
    }

    static String format(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
