package formcoach.video.ui;

import formcoach.store.StoreException;
import formcoach.video.Drawing;
import formcoach.video.DrawingBoard;
import formcoach.video.DrawingGeometry;
import formcoach.video.DrawingStore;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Kinovea-style drawing on the player's frame: lines, angles (three clicks, the degrees at the middle
 * point) and notes; select, move a point or a whole drawing, delete, undo, clear. By mouse, and by
 * keyboard: I line, V angle, T note, then the arrows move a cross and Enter places each point; Esc
 * cancels. S (Shift+S) selects the next (previous) point, the arrows move it (Shift: ten times as far),
 * Delete removes its drawing, Ctrl+Z undoes. Drawings are kept per clip through {@link DrawingStore}.
 */
final class DrawingLayer {
    static final double HIT_PIXELS = 9;
    private static final Color INK = Color.web("#ff66e6");
    private static final Color SELECTED = Color.web("#06d6a0");
    private static final Color SHADOW = Color.rgb(0, 0, 0, 0.65);

    private final DrawingBoard board = new DrawingBoard();
    private final DrawingStore store;
    private final SerialExecutor saver;
    private final Consumer<String> status;
    private final Runnable redraw;
    private final IntSupplier frame;
    private final Supplier<Double> time;
    private final ToggleButton lineTool = iconToggle("mdi2v-vector-line", "Draw a line (I)");
    private final ToggleButton angleTool = iconToggle("mdi2a-angle-acute", "Measure an angle (V)");
    private final ToggleButton noteTool = iconToggle("mdi2n-note-text-outline", "Pin a note (T)");
    private final Button undo = new Button(null, new FontIcon("mdi2u-undo"));
    private final Button clear = new Button(null, new FontIcon("mdi2d-delete-sweep-outline"));
    private final Label readout = new Label();
    private final TextField noteField = new TextField();
    private final Runnable focusPlayer;
    private Drawing.Point noteAt;
    private int noteFrame;
    private double noteTime;
    private final List<Node> tools;
    private String hash;
    private long loadGeneration;
    private boolean cursorShown;
    private double[] dragFrom;
    private final double[] rect = new double[4];

    DrawingLayer(DrawingStore store, Executor pool, Consumer<String> status, Runnable redraw, IntSupplier frame,
                 Supplier<Double> time, Runnable focusPlayer) {
        this.store = store;
        this.saver = new SerialExecutor(pool);
        this.status = status;
        this.redraw = redraw;
        this.frame = frame;
        this.time = time;
        this.focusPlayer = focusPlayer;
        board.onChange(this::save);
        lineTool.setOnAction(e -> toggleTool(Drawing.Kind.LINE));
        angleTool.setOnAction(e -> toggleTool(Drawing.Kind.ANGLE));
        noteTool.setOnAction(e -> toggleTool(Drawing.Kind.NOTE));
        lineTool.setTooltip(new Tooltip("Line (I): click its two ends, or move the cross with the arrows and press Enter"));
        angleTool.setTooltip(new Tooltip("Angle (V): click one end, the corner, then the other end; the degrees show at the corner"));
        noteTool.setTooltip(new Tooltip("Note (T): pin a note to this frame"));
        undo.setTooltip(new Tooltip("Undo the last change to the drawings (Ctrl+Z)"));
        undo.setAccessibleText("Undo drawing (Ctrl+Z)");
        undo.setOnAction(e -> undo());
        clear.setTooltip(new Tooltip("Clear drawings: remove every drawing on this clip (Ctrl+Z brings them back)"));
        clear.setAccessibleText("Clear drawings");
        clear.setOnAction(e -> clearAll());
        readout.getStyleClass().add("video-readout");
        readout.setId("video-drawing-readout");
        readout.setMaxWidth(420);
        readout.setMinWidth(0);
        // a note is typed here, in the window, rather than in a dialog that would cover the frame
        noteField.setPromptText("Note for this frame: Enter adds it, Esc cancels");
        noteField.setAccessibleText("Note for this frame");
        noteField.setPrefColumnCount(22);
        noteField.setId("video-note-field");
        noteField.managedProperty().bind(noteField.visibleProperty());
        noteField.setVisible(false);
        noteField.setOnAction(e -> finishNote(noteField.getText()));
        noteField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                finishNote(null);
                e.consume();
            }
        });
        tools = List.of(lineTool, angleTool, noteTool, undo, clear);
        for (Region r : List.of(lineTool, angleTool, noteTool, undo, clear)) {
            r.setFocusTraversable(false);
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        enable(false);
    }

    /** The tool buttons, for the player's row of buttons. */
    List<Node> tools() {
        return tools;
    }

    /** The readout of the selected drawing (or of those on this frame), shown under the buttons. */
    Label readoutLabel() {
        return readout;
    }

    private static ToggleButton iconToggle(String icon, String name) {
        ToggleButton b = new ToggleButton(null, new FontIcon(icon));
        b.setAccessibleText(name);
        return b;
    }

    /** Whether the clip's drawings are read and the tools can be used. */
    boolean ready() {
        return hash != null;
    }

    DrawingBoard board() {
        return board;
    }

    String readout() {
        return readout.getText();
    }

    private void enable(boolean on) {
        for (Node n : List.of(lineTool, angleTool, noteTool, undo, clear)) {
            n.setDisable(!on);
        }
    }

    // ---- clip ------------------------------------------------------------------------------------

    /** A new clip is opening: nothing to draw on until its content hash is known. */
    void reset() {
        loadGeneration++;
        hash = null;
        board.load(List.of());
        syncTools();
        enable(false);
        updateReadout();
    }

    /** The clip's hash is known: its stored drawings come back. */
    void load(String clipHash, int width, int height, double fps) {
        long generation = ++loadGeneration;
        board.setClip(width, height, fps);
        saver.execute(() -> {
            try {
                DrawingStore.Read read = store.load(clipHash);
                Platform.runLater(() -> loaded(generation, clipHash, read.drawings(), read.problem()));
            } catch (StoreException e) {
                Platform.runLater(() -> {
                    loaded(generation, clipHash, List.of(), null);
                    status.accept("The drawings of this clip could not be read: " + e.getMessage());
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> loaded(generation, clipHash, List.of(), "The drawings of this clip could not be read: " + e));
            }
        });
    }

    private void loaded(long generation, String clipHash, List<Drawing> drawings, String problem) {
        if (generation != loadGeneration) {
            return;
        }
        hash = clipHash;
        board.load(drawings);
        enable(true);
        updateReadout();
        redraw.run();
        if (problem != null) {
            status.accept(problem);
        }
    }

    private void save() {
        String h = hash;
        List<Drawing> all = board.all();
        updateReadout();
        redraw.run();
        if (h == null) {
            return;
        }
        saver.execute(() -> {
            try {
                store.save(h, all);
            } catch (StoreException | RuntimeException e) {
                Platform.runLater(() -> status.accept("The drawings could not be saved: " + e.getMessage()));
            }
        });
    }

    /** Deletes the clip's stored drawings along with its analysis; tells {@code done} whether there were any. */
    void deleteStored(Consumer<Boolean> done) {
        String h = hash;
        if (h == null) {
            done.accept(false);
            return;
        }
        boolean had = !board.all().isEmpty();
        board.load(List.of());
        updateReadout();
        redraw.run();
        saver.execute(() -> {
            try {
                boolean deleted = store.delete(h);
                Platform.runLater(() -> done.accept(deleted || had));
            } catch (StoreException | RuntimeException e) {
                Platform.runLater(() -> status.accept("The drawings could not be deleted: " + e.getMessage()));
            }
        });
    }

    private void clearAll() {
        if (board.clear()) {
            status.accept("Every drawing on this clip was removed. Ctrl+Z brings them back.");
        } else {
            status.accept("This clip has no drawings.");
        }
    }

    private void undo() {
        if (!board.undo()) {
            status.accept("Nothing to undo.");
        }
    }

    // ---- tools -----------------------------------------------------------------------------------

    private void toggleTool(Drawing.Kind kind) {
        if (board.tool().orElse(null) == kind) {
            board.cancel();
            status.accept(null);
        } else {
            start(kind);
        }
        syncTools();
        redraw.run();
    }

    void start(Drawing.Kind kind) {
        if (hash == null) {
            status.accept("Open a clip first (Ctrl+O), then draw on its frames.");
            syncTools();
            return;
        }
        board.begin(kind);
        cursorShown = true;
        status.accept(switch (kind) {
            case LINE -> "Line: click its two ends, or move the cross with the arrows and press Enter at each. Esc cancels.";
            case ANGLE -> "Angle: click one end, then the corner, then the other end (or arrows and Enter). Esc cancels.";
            case NOTE -> "Note: click where it goes (or arrows and Enter), then type it. Esc cancels.";
        });
        syncTools();
        redraw.run();
    }

    private void syncTools() {
        Drawing.Kind t = board.tool().orElse(null);
        lineTool.setSelected(t == Drawing.Kind.LINE);
        angleTool.setSelected(t == Drawing.Kind.ANGLE);
        noteTool.setSelected(t == Drawing.Kind.NOTE);
    }

    private void place(Drawing.Point p) {
        int f = frame.getAsInt();
        Optional<Drawing> done = board.place(p, f, time.get());
        if (done.isEmpty()) {
            Drawing.Kind k = board.tool().orElse(null);
            if (k != null) {
                int left = k.points() - board.placing().size();
                status.accept(left == 1 && k == Drawing.Kind.ANGLE ? "Now the other end of the angle." : left + " more point" + (left == 1 ? "" : "s") + ".");
            }
        } else if (done.get().kind() == Drawing.Kind.NOTE && done.get().text() == null) {
            noteAt = done.get().point(0);
            noteFrame = f;
            noteTime = done.get().t();
            noteField.clear();
            noteField.setVisible(true);
            noteField.requestFocus();
            status.accept("Type the note, then Enter. Esc cancels.");
        } else {
            status.accept(describe(done.get()) + ". S selects a point to move; Delete removes it; Ctrl+Z undoes.");
        }
        syncTools();
        redraw.run();
    }

    private void finishNote(String text) {
        Drawing.Point at = noteAt;
        noteAt = null;
        noteField.setVisible(false);
        focusPlayer.run();
        if (at == null) {
            return;
        }
        if (board.addNote(at, text, noteFrame, noteTime).isEmpty()) {
            status.accept("No note was added.");
        } else {
            status.accept("Note added to frame " + (noteFrame + 1) + ".");
        }
        redraw.run();
    }

    /** The field a note is typed into: for tests. */
    TextField noteField() {
        return noteField;
    }

    String describe(Drawing d) {
        String what = switch (d.kind()) {
            case ANGLE -> "Angle " + d.measure(board.width(), board.height());
            case LINE -> "Line, " + d.measure(board.width(), board.height());
            case NOTE -> "Note \"" + d.text() + "\"";
        };
        return what + " on frame " + (d.frame() + 1);
    }

    private void updateReadout() {
        Optional<Drawing> sel = board.selection().flatMap(s -> board.find(s.id()));
        List<Drawing> here = board.visibleAt(frame.getAsInt()).stream().filter(d -> d.frame() == frame.getAsInt()).toList();
        String text;
        if (sel.isPresent()) {
            text = describe(sel.get());
        } else if (!here.isEmpty()) {
            text = here.stream().map(this::describe).reduce((a, b) -> a + " · " + b).orElse("");
        } else {
            text = "";
        }
        readout.setText(text);
        readout.setAccessibleText(text.isEmpty() ? "No drawings on this frame" : text);
    }

    /** The frame changed: the readout follows. */
    void frameChanged() {
        // a drawing that no longer shows cannot stay selected: the arrows go back to seeking
        board.selection().flatMap(sel -> board.find(sel.id()))
                .filter(d -> board.opacity(d, frame.getAsInt()) == 0)
                .ifPresent(d -> board.clearSelection());
        updateReadout();
    }

    // ---- keys ------------------------------------------------------------------------------------

    /** Handles a key meant for the drawings; false leaves it to the player. */
    boolean onKey(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean drawing = board.tool().isPresent();
        boolean selected = board.selection().isPresent();
        if (e.isShortcutDown()) {
            if (k == KeyCode.Z) {
                undo();
                return true;
            }
            return false;
        }
        if (e.isAltDown()) {
            return false;
        }
        double step = e.isShiftDown() ? 10 * DrawingBoard.NUDGE : DrawingBoard.NUDGE;
        double dx = k == KeyCode.LEFT ? -step : k == KeyCode.RIGHT ? step : 0;
        double dy = k == KeyCode.UP ? -step : k == KeyCode.DOWN ? step : 0;
        if (drawing) {
            if (dx != 0 || dy != 0) {
                board.moveCursor(dx, dy);
                cursorShown = true;
                redraw.run();
                return true;
            }
            if (k == KeyCode.ENTER || k == KeyCode.SPACE) {
                place(board.cursor());
                return true;
            }
            if (k == KeyCode.ESCAPE) {
                board.cancel();
                syncTools();
                status.accept("Drawing cancelled.");
                redraw.run();
                return true;
            }
        } else if (selected) {
            if (dx != 0 || dy != 0) {
                board.nudge(dx, dy);
                return true;
            }
            if (k == KeyCode.DELETE || k == KeyCode.BACK_SPACE) {
                board.deleteSelected().ifPresent(d -> status.accept(describe(d) + " deleted. Ctrl+Z brings it back."));
                return true;
            }
            if (k == KeyCode.ESCAPE) {
                board.clearSelection();
                updateReadout();
                redraw.run();
                return true;
            }
        }
        if (hash == null) {
            return false;
        }
        switch (k) {
            case I -> start(Drawing.Kind.LINE);
            case V -> start(Drawing.Kind.ANGLE);
            case T -> start(Drawing.Kind.NOTE);
            case S -> {
                if (board.selectNext(frame.getAsInt(), e.isShiftDown() ? -1 : 1)) {
                    updateReadout();
                    status.accept("Selected: " + readout.getText() + ". Arrows move the point (Shift: further), Delete removes, Esc lets go.");
                } else {
                    status.accept("No drawings on this frame. I draws a line, V an angle, T a note.");
                }
                redraw.run();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    // ---- mouse -----------------------------------------------------------------------------------

    private Drawing.Point toFrame(double sx, double sy) {
        return new Drawing.Point((sx - rect[0]) / rect[2], (sy - rect[1]) / rect[3]);
    }

    private boolean onPicture(double sx, double sy) {
        return rect[2] > 0 && sx >= rect[0] && sy >= rect[1] && sx <= rect[0] + rect[2] && sy <= rect[1] + rect[3];
    }

    /** A press on the picture; true when the drawings used it (the player then ignores the click). */
    boolean pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || rect[2] <= 0) {
            return false;
        }
        if (board.tool().isPresent()) {
            if (onPicture(e.getX(), e.getY())) {
                place(toFrame(e.getX(), e.getY()));
            }
            return true;
        }
        Optional<DrawingBoard.Selection> hit = board.hit(e.getX(), e.getY(), rect[0], rect[1], rect[2], rect[3], frame.getAsInt(), HIT_PIXELS);
        if (hit.isEmpty()) {
            if (board.selection().isPresent()) {
                board.clearSelection();
                updateReadout();
                redraw.run();
            }
            return false;
        }
        board.select(hit.get());
        board.beginEdit();
        dragFrom = new double[] {e.getX(), e.getY()};
        updateReadout();
        redraw.run();
        return true;
    }

    void dragged(MouseEvent e) {
        if (dragFrom == null || rect[2] <= 0) {
            return;
        }
        double dx = (e.getX() - dragFrom[0]) / rect[2];
        double dy = (e.getY() - dragFrom[1]) / rect[3];
        dragFrom[0] = e.getX();
        dragFrom[1] = e.getY();
        board.dragTo(toFrame(e.getX(), e.getY()), dx, dy);
        updateReadout();
        redraw.run();
    }

    void released(MouseEvent e) {
        if (dragFrom != null) {
            dragFrom = null;
            board.endEdit();
        }
    }

    void moved(MouseEvent e) {
        if (board.tool().isPresent() && onPicture(e.getX(), e.getY())) {
            board.setCursor(toFrame(e.getX(), e.getY()));
            cursorShown = true;
            redraw.run();
        }
    }

    /** Whether a click at this point belongs to the drawings (a tool in use or a drawing under it). */
    boolean wants(double sx, double sy) {
        return board.tool().isPresent()
                || board.hit(sx, sy, rect[0], rect[1], rect[2], rect[3], frame.getAsInt(), HIT_PIXELS).isPresent();
    }

    // ---- painting --------------------------------------------------------------------------------

    /** Paints the drawings showing at {@code at} over a picture drawn at (x, y), w × h. */
    void paint(GraphicsContext g, double x, double y, double w, double h, int at) {
        rect[0] = x;
        rect[1] = y;
        rect[2] = w;
        rect[3] = h;
        double line = Math.max(2, Math.min(w, h) / 240);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setFont(Font.font(null, FontWeight.BOLD, Math.max(13, Math.min(22, h / 32))));
        Optional<DrawingBoard.Selection> sel = board.selection();
        for (Drawing d : board.visibleAt(at)) {
            double alpha = board.opacity(d, at);
            boolean isSel = sel.isPresent() && sel.get().id() == d.id();
            paintOne(g, d, x, y, w, h, line, alpha, isSel ? sel.get().point() : -2);
        }
        board.tool().ifPresent(kind -> paintPlacing(g, kind, x, y, w, h, line));
        g.setGlobalAlpha(1);
    }

    private void paintOne(GraphicsContext g, Drawing d, double x, double y, double w, double h, double line, double alpha, int selected) {
        g.setGlobalAlpha(alpha);
        Color ink = selected >= -1 ? SELECTED : INK;
        double[] xs = new double[d.points().size()];
        double[] ys = new double[d.points().size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x + d.point(i).x() * w;
            ys[i] = y + d.point(i).y() * h;
        }
        if (d.kind() != Drawing.Kind.NOTE) {
            stroke(g, xs, ys, line, ink);
        }
        if (d.kind() == Drawing.Kind.ANGLE) {
            arc(g, d.points(), xs[1], ys[1], w, h, line, ink);
        }
        for (int i = 0; i < xs.length; i++) {
            handle(g, xs[i], ys[i], line, i == selected ? SELECTED : ink, i == selected);
        }
        String label = d.measure(board.width(), board.height());
        int at = d.kind() == Drawing.Kind.ANGLE ? 1 : d.kind() == Drawing.Kind.LINE ? 1 : 0;
        double lx = d.kind() == Drawing.Kind.LINE ? (xs[0] + xs[1]) / 2 : xs[at];
        double ly = d.kind() == Drawing.Kind.LINE ? (ys[0] + ys[1]) / 2 : ys[at];
        text(g, label, lx + 12, ly - 12, ink);
    }

    private void paintPlacing(GraphicsContext g, Drawing.Kind kind, double x, double y, double w, double h, double line) {
        g.setGlobalAlpha(1);
        List<Drawing.Point> pts = board.placing();
        Drawing.Point c = board.cursor();
        double cx = x + c.x() * w;
        double cy = y + c.y() * h;
        double[] xs = new double[pts.size() + 1];
        double[] ys = new double[pts.size() + 1];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = x + pts.get(i).x() * w;
            ys[i] = y + pts.get(i).y() * h;
        }
        xs[pts.size()] = cx;
        ys[pts.size()] = cy;
        if (pts.size() > 0 && kind != Drawing.Kind.NOTE) {
            stroke(g, xs, ys, line, INK);
            for (int i = 0; i < pts.size(); i++) {
                handle(g, xs[i], ys[i], line, INK, false);
            }
            if (kind == Drawing.Kind.ANGLE && pts.size() == 2) {
                arc(g, List.of(pts.get(0), pts.get(1), c), xs[1], ys[1], w, h, line, INK);
                String deg = String.format(Locale.ROOT, "%.0f°", DrawingGeometry.angleAt(pts.get(0), pts.get(1), c, board.width(), board.height()));
                text(g, deg, xs[1] + 12, ys[1] - 12, INK);
            }
        }
        if (cursorShown) {
            // the cross the arrows move
            g.setStroke(SHADOW);
            g.setLineWidth(line + 2);
            g.strokeLine(cx - 14, cy, cx + 14, cy);
            g.strokeLine(cx, cy - 14, cx, cy + 14);
            g.setStroke(SELECTED);
            g.setLineWidth(line);
            g.strokeLine(cx - 14, cy, cx + 14, cy);
            g.strokeLine(cx, cy - 14, cx, cy + 14);
        }
    }

    private static void stroke(GraphicsContext g, double[] xs, double[] ys, double line, Color ink) {
        g.setStroke(SHADOW);
        g.setLineWidth(line + 2);
        g.strokePolyline(xs, ys, xs.length);
        g.setStroke(ink);
        g.setLineWidth(line);
        g.strokePolyline(xs, ys, xs.length);
    }

    private void arc(GraphicsContext g, List<Drawing.Point> p, double vx, double vy, double w, double h, double line, Color ink) {
        double[] a = DrawingGeometry.arc(p.get(0), p.get(1), p.get(2), board.width(), board.height());
        double r = Math.max(18, Math.min(w, h) / 18);
        g.setStroke(ink);
        g.setLineWidth(Math.max(1.5, line * 0.75));
        g.strokeArc(vx - r, vy - r, 2 * r, 2 * r, a[0], a[1], ArcType.OPEN);
    }

    private static void handle(GraphicsContext g, double px, double py, double line, Color ink, boolean big) {
        double r = big ? line * 3.2 : line * 2;
        g.setFill(SHADOW);
        g.fillOval(px - r - 1.5, py - r - 1.5, 2 * r + 3, 2 * r + 3);
        g.setFill(ink);
        g.fillOval(px - r, py - r, 2 * r, 2 * r);
    }

    private static void text(GraphicsContext g, String s, double x, double y, Color ink) {
        if (s.isEmpty()) {
            return;
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        double size = g.getFont().getSize();
        double width = s.length() * size * 0.6 + 12;
        g.setFill(Color.rgb(0, 0, 0, 0.7));
        g.fillRoundRect(x - 6, y - size - 2, width, size + 10, 8, 8);
        g.setFill(ink);
        g.fillText(s, x, y);
    }
}
