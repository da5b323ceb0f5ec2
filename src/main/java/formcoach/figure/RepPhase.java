package formcoach.figure;

/** Where in the set a moment of the figure's motion falls; the names shown under the figure. */
public enum RepPhase {
    SETUP("set-up"), PULL("pull"), SQUEEZE("squeeze"), LOWER("lower"), REST("rest");

    private final String label;

    RepPhase(String label) {
        this.label = label;
    }

    /** The word shown under the figure and used in the asset files. */
    public String label() {
        return label;
    }

    /** PULL, SQUEEZE or LOWER from the asset's phase name, or null. */
    public static RepPhase ofRepPhase(String name) {
        return switch (name) {
            case "pull" -> PULL;
            case "squeeze" -> SQUEEZE;
            case "lower" -> LOWER;
            default -> null;
        };
    }
}
