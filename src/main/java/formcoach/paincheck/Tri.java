package formcoach.paincheck;

/**
 * Three-valued truth for conditions over partly answered facts (the questionnaire): a condition is
 * TRUE only when it holds whatever the unanswered questions turn out to be.
 */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public Tri not() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNKNOWN -> UNKNOWN;
        };
    }

    public Tri and(Tri o) {
        if (this == FALSE || o == FALSE) {
            return FALSE;
        }
        return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
    }

    public Tri or(Tri o) {
        if (this == TRUE || o == TRUE) {
            return TRUE;
        }
        return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
    }
}
