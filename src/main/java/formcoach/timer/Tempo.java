package formcoach.timer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lifting tempo in whole seconds: pull (or lift), squeeze (hold at the top), lower. Written
 * "2-1-2" as in the library's exercises.
 */
public record Tempo(int pull, int squeeze, int lower) {
    public static final int MAX_PHASE_SECONDS = 10;
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s*");

    public Tempo {
        if (pull < 1 || lower < 1 || squeeze < 0 || pull > MAX_PHASE_SECONDS || squeeze > MAX_PHASE_SECONDS
                || lower > MAX_PHASE_SECONDS) {
            throw new IllegalArgumentException("pull and lower must be 1-" + MAX_PHASE_SECONDS
                    + " s and squeeze 0-" + MAX_PHASE_SECONDS + " s, got " + pull + "-" + squeeze + "-" + lower);
        }
    }

    /** Reads "2-1-2"; the message names what is wrong. */
    public static Tempo parse(String text) throws RoutineException {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new RoutineException("tempo must be three whole seconds like 2-1-2 (pull-squeeze-lower), got '"
                    + (text == null ? "" : text.strip()) + "'");
        }
        int p = Integer.parseInt(m.group(1));
        int s = Integer.parseInt(m.group(2));
        int l = Integer.parseInt(m.group(3));
        try {
            return new Tempo(p, s, l);
        } catch (IllegalArgumentException e) {
            throw new RoutineException("tempo: " + e.getMessage());
        }
    }

    public int secondsPerRep() {
        return pull + squeeze + lower;
    }

    @Override
    public String toString() {
        return pull + "-" + squeeze + "-" + lower;
    }
}
