package formcoach.figure;

/** Seconds of pull, squeeze and lower, parsed from "1-1-2" (decimals allowed, e.g. "1-0-0.5"). */
public record FigureTempo(double pull, double squeeze, double lower) {
    public FigureTempo {
        if (!(pull > 0 && squeeze >= 0 && lower > 0 && pull <= 10 && squeeze <= 10 && lower <= 10)) {
            throw new IllegalArgumentException("tempo needs a pull and a lower of more than 0 s and at most 10 s each, and a squeeze of 0–10 s");
        }
    }

    public static FigureTempo parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("-");
        if (parts.length != 3) {
            throw new IllegalArgumentException("tempo must be pull-squeeze-lower seconds such as \"1-1-2\", not \"" + text + "\"");
        }
        try {
            return new FigureTempo(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tempo must be pull-squeeze-lower seconds such as \"1-1-2\", not \"" + text + "\"");
        }
    }

    public double rep() {
        return pull + squeeze + lower;
    }

    /** Seconds into the rep of {@code at} (0–1) through a phase. */
    public double time(RepPhase phase, double at) {
        return switch (phase) {
            case PULL -> at * pull;
            case SQUEEZE -> pull + at * squeeze;
            case LOWER -> pull + squeeze + at * lower;
            default -> throw new IllegalArgumentException("not a rep phase: " + phase);
        };
    }
}
