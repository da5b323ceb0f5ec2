package formcoach.figure.ui;

import javafx.animation.AnimationTimer;

import java.util.Arrays;

/**
 * The one animation timer behind every moving figure in the window. A player joins while it plays
 * and is on show, and leaves when it pauses or is hidden; the timer runs only while at least one
 * player is in, so hidden figures cost no CPU. A pulse walks an array made when a player joined or
 * left, so it allocates nothing. FX thread only.
 */
final class FigureClock {
    private static FigureClock shared;

    private final AnimationTimer timer;
    private FigurePlayer[] players = new FigurePlayer[0];
    private boolean running;
    private long pulses;

    FigureClock() {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
    }

    /** The window's clock (the FX thread's). */
    static FigureClock shared() {
        if (shared == null) {
            shared = new FigureClock();
        }
        return shared;
    }

    void join(FigurePlayer p) {
        for (FigurePlayer q : players) {
            if (q == p) {
                return;
            }
        }
        players = Arrays.copyOf(players, players.length + 1);
        players[players.length - 1] = p;
        sync();
    }

    void leave(FigurePlayer p) {
        for (int i = 0; i < players.length; i++) {
            if (players[i] == p) {
                FigurePlayer[] next = new FigurePlayer[players.length - 1];
                System.arraycopy(players, 0, next, 0, i);
                System.arraycopy(players, i + 1, next, i, players.length - i - 1);
                players = next;
                sync();
                return;
            }
        }
    }

    private void sync() {
        boolean want = players.length > 0;
        if (want && !running) {
            timer.start();
        } else if (!want && running) {
            timer.stop();
        }
        running = want;
    }

    void pulse(long now) {
        pulses++;
        FigurePlayer[] ps = players; // a player may leave while the others draw
        for (FigurePlayer p : ps) {
            p.tick(now);
        }
    }

    /** True while the timer is started (some figure is playing and on show). */
    boolean running() {
        return running;
    }

    /** How many players it drives now. */
    int playing() {
        return players.length;
    }

    /** How many pulses it has handled since it was made (for tests). */
    long pulses() {
        return pulses;
    }
}
