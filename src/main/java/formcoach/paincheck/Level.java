package formcoach.paincheck;

/**
 * The five urgency levels of pain-check-rules.md, most urgent first. {@link #rank()} grows with
 * urgency, so "the highest level wins" is a plain maximum.
 */
public enum Level {
    EMERGENCY(5),
    URGENT(4),
    SEE_PROFESSIONAL(3),
    SELF_CARE_POSSIBLE_STRAIN(2),
    SELF_CARE_DOMS(1);

    private final int rank;

    Level(int rank) {
        this.rank = rank;
    }

    /** 5 for EMERGENCY down to 1 for SELF_CARE_DOMS. */
    public int rank() {
        return rank;
    }

    public boolean isAbove(Level other) {
        return rank > other.rank;
    }

    public boolean isAtLeast(Level other) {
        return rank >= other.rank;
    }

    public static Level max(Level a, Level b) {
        return a.rank >= b.rank ? a : b;
    }
}
