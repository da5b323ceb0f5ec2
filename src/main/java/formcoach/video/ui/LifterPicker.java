package formcoach.video.ui;

import formcoach.video.LifterCandidates;
import formcoach.video.decode.RgbImage;
import formcoach.video.pose.Detection;
import formcoach.video.pose.PoseDetector;
import formcoach.video.pose.PoseException;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Picking the lifter by keyboard when several people are in frame: P finds the people on the shown
 * frame (in the background), outlines each, and highlights one; Tab or the arrow keys go to the next
 * (Shift+Tab, ← or ↑ the previous), Enter picks, Esc stops. Each person is named in words ("person 2 of
 * 3, left") in the status line and the picture's accessible text. A click on an outlined person picks
 * them too.
 */
final class LifterPicker {
    /** Finds the people on a picture; throws when the detector cannot run. */
    @FunctionalInterface
    interface Finder {
        List<LifterCandidates.Person> find(RgbImage image) throws PoseException;
    }

    private static final Color OTHER = Color.rgb(255, 255, 255, 0.8);
    private static final Color CURRENT = Color.web("#06d6a0");

    private final Executor pool;
    private final Consumer<String> status;
    private final Consumer<String> announce;
    private final Runnable redraw;
    private final Consumer<double[]> picked;
    private Finder finder = LifterPicker::detect;
    private LifterCandidates candidates;
    private int current;
    private boolean finding;
    private long generation;

    /**
     * @param status   the player's status line
     * @param announce the picture's accessible text (null when nothing is being picked)
     * @param picked   told the picked person's middle ({x, y} fractions of the frame)
     */
    LifterPicker(Executor pool, Consumer<String> status, Consumer<String> announce, Runnable redraw, Consumer<double[]> picked) {
        this.pool = pool;
        this.status = status;
        this.announce = announce;
        this.redraw = redraw;
        this.picked = picked;
    }

    void setFinder(Finder f) {
        this.finder = f;
    }

    boolean active() {
        return candidates != null;
    }

    int current() {
        return current;
    }

    LifterCandidates candidates() {
        return candidates;
    }

    /** The people the BlazePose detector finds, as fractions of the frame. */
    static List<LifterCandidates.Person> detect(RgbImage image) throws PoseException {
        try (PoseDetector d = new PoseDetector(2)) {
            List<LifterCandidates.Person> out = new ArrayList<>();
            for (Detection p : d.detectAll(image)) {
                // the detector's box is the head; the body is the square its alignment points span
                var body = p.roi();
                double half = body.width() / 2 / 1.25;
                double left = Math.max(0, (body.centerX() - half) / image.width());
                double top = Math.max(0, (body.centerY() - half) / image.height());
                double right = Math.min(1, (body.centerX() + half) / image.width());
                double bottom = Math.min(1, (body.centerY() + half) / image.height());
                if (right > left && bottom > top) {
                    // the tracker follows the person whose head box is nearest the aim
                    out.add(new LifterCandidates.Person(left, top, right - left, bottom - top, p.score(),
                            (p.xMin() + p.width() / 2) / image.width(), (p.yMin() + p.height() / 2) / image.height()));
                }
            }
            return out;
        }
    }

    /** Finds the people on {@code image} and starts picking among them. */
    void start(RgbImage image) {
        if (image == null) {
            status.accept("Open a clip first (Ctrl+O), then pick the lifter on it.");
            return;
        }
        if (finding) {
            return;
        }
        finding = true;
        long g = ++generation;
        status.accept("Looking for the people in this frame…");
        pool.execute(() -> {
            try {
                List<LifterCandidates.Person> found = finder.find(image);
                Platform.runLater(() -> found(g, found));
            } catch (PoseException | RuntimeException e) {
                Platform.runLater(() -> {
                    finding = false;
                    if (g == generation) {
                        status.accept("The people in this frame could not be found: " + e.getMessage());
                    }
                });
            }
        });
    }

    private void found(long g, List<LifterCandidates.Person> people) {
        finding = false;
        if (g != generation) {
            return;
        }
        if (people.isEmpty()) {
            status.accept("Nobody was found in this frame. Step to a frame where the whole body shows, then press P again.");
            return;
        }
        if (people.size() == 1) {
            LifterCandidates one = new LifterCandidates(people);
            status.accept("One person is in this frame (" + one.describe(0) + "): the analysis follows them.");
            return;
        }
        candidates = new LifterCandidates(people);
        // start on the one nearest the middle, the usual place of the lifter
        current = 0;
        for (int i = 1; i < candidates.size(); i++) {
            if (Math.abs(candidates.get(i).centreX() - 0.5) < Math.abs(candidates.get(current).centreX() - 0.5)) {
                current = i;
            }
        }
        say();
    }

    private void say() {
        String who = candidates.describe(current);
        status.accept("Pick the lifter: " + who + ". Tab or the arrows go to the next, Enter picks, Esc stops.");
        announce.accept("Picking the lifter: " + who);
        redraw.run();
    }

    /** Handles a key while picking; false when not picking or the key is not for picking. */
    boolean onKey(KeyEvent e) {
        if (candidates == null || e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        KeyCode k = e.getCode();
        int n = candidates.size();
        if (k == KeyCode.TAB) {
            current = Math.floorMod(current + (e.isShiftDown() ? -1 : 1), n);
            say();
        } else if (k == KeyCode.RIGHT || k == KeyCode.DOWN) {
            current = Math.floorMod(current + 1, n);
            say();
        } else if (k == KeyCode.LEFT || k == KeyCode.UP) {
            current = Math.floorMod(current - 1, n);
            say();
        } else if (k == KeyCode.ENTER || k == KeyCode.SPACE) {
            pick(current);
        } else if (k == KeyCode.ESCAPE) {
            stop();
            status.accept("No lifter picked; the analysis follows the most clearly seen person.");
        } else {
            return false;
        }
        return true;
    }

    /** A click at ({@code fx}, {@code fy}) (fractions of the frame) while picking: picks the person there; false when none is. */
    boolean clicked(double fx, double fy) {
        if (candidates == null) {
            return false;
        }
        for (int i = 0; i < candidates.size(); i++) {
            LifterCandidates.Person p = candidates.get(i);
            if (fx >= p.left() && fx <= p.left() + p.width() && fy >= p.top() && fy <= p.top() + p.height()) {
                pick(i);
                return true;
            }
        }
        return false;
    }

    private void pick(int i) {
        LifterCandidates.Person p = candidates.get(i);
        String who = candidates.describe(i);
        stop();
        picked.accept(new double[] {p.aimX(), p.aimY()});
        status.accept("Lifter picked: " + who + ". Press A: the analysis follows this person.");
    }

    /** Stops picking (a new clip, or Esc). */
    void stop() {
        generation++;
        finding = false;
        if (candidates != null) {
            candidates = null;
            announce.accept(null);
            redraw.run();
        }
    }

    /** Outlines the people over a picture drawn at (x, y), w × h; the highlighted one thick, with its name. */
    void paint(GraphicsContext g, double x, double y, double w, double h) {
        if (candidates == null) {
            return;
        }
        g.setFont(Font.font(null, FontWeight.BOLD, Math.max(13, Math.min(20, h / 34))));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        for (int i = 0; i < candidates.size(); i++) {
            LifterCandidates.Person p = candidates.get(i);
            boolean on = i == current;
            double bx = x + p.left() * w;
            double by = y + p.top() * h;
            double bw = p.width() * w;
            double bh = p.height() * h;
            g.setLineDashes(on ? null : new double[] {8, 6});
            g.setStroke(Color.rgb(0, 0, 0, 0.6));
            g.setLineWidth(on ? 7 : 4);
            g.strokeRect(bx, by, bw, bh);
            g.setStroke(on ? CURRENT : OTHER);
            g.setLineWidth(on ? 4 : 2);
            g.strokeRect(bx, by, bw, bh);
            String label = (i + 1) + " of " + candidates.size() + (on ? " · Enter picks" : "");
            double size = g.getFont().getSize();
            double tw = label.length() * size * 0.6 + 12;
            double ty = Math.max(y + size + 8, by);
            g.setFill(on ? CURRENT : Color.rgb(0, 0, 0, 0.7));
            g.fillRect(bx, ty - size - 8, tw, size + 8);
            g.setFill(on ? Color.BLACK : Color.WHITE);
            g.fillText(label, bx + 6, ty - 3);
        }
        g.setLineDashes(null);
    }
}
