package formcoach.library;

/** Whose an exercise is, as the library's source filter offers it: ours (built in), yours, or imported. */
public enum Origin implements JsonId {
    OURS("Ours (built in)"),
    YOURS("Yours"),
    IMPORTED("Imported");

    private final String displayName;

    Origin(String displayName) {
        this.displayName = displayName;
    }

    public static Origin of(Source s) {
        return switch (s) {
            case BUILTIN -> OURS;
            case CUSTOM -> YOURS;
            case FREE_EXERCISE_DB, IMPORT -> IMPORTED;
        };
    }

    @Override
    public String id() {
        return JsonId.kebab(this);
    }

    @Override
    public String displayName() {
        return displayName;
    }
}
