package formcoach.library;

/** Which outline of the muscle map shows a muscle. */
public enum BodyView {
    FRONT,
    BACK,
    /** visible on both outlines (e.g. the side of the shoulder, the forearms) */
    BOTH;

    public boolean showsOn(BodyView outline) {
        return this == BOTH || this == outline;
    }
}
