/** Plain main class, like formcoach.Launcher, so JavaFX loads from the class path the same way. */
public final class EmptyStageLauncher {
    public static void main(String[] args) {
        EmptyStage.main(args);
    }
}
