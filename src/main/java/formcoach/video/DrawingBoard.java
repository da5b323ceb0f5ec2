package formcoach.video;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The drawings of one clip and what the person is doing with them: the tool being used and the points
 * placed so far, the keyboard cursor, the selected point or drawing, and undo. Knows nothing of the
 * screen: a display passes where the frame is drawn (its left, top, width and height in pixels) to
 * {@link #hit}. A drawing shows at full strength on its own frame and fades out over
 * {@link #fadeFrames()} frames either side (about half a second), so it stays readable while stepping
 * but does not linger over other reps. Not thread-safe: one thread (the FX thread) uses it.
 */
public final class DrawingBoard {
    /** Undo keeps this many steps. */
    static final int UNDO_DEPTH = 100;
    /** A keyboard nudge, and with Shift ten of them, as a fraction of the frame. */
    public static final double NUDGE = 0.005;

    /** A selected point ({@code point} ≥ 0) or a whole drawing ({@code point} = -1). */
    public record Selection(long id, int point) {
    }

    private final List<Drawing> drawings = new ArrayList<>();
    private final Deque<List<Drawing>> undo = new ArrayDeque<>();
    private final List<Drawing.Point> placing = new ArrayList<>();
    private Drawing.Kind tool;
    private Drawing.Point cursor = new Drawing.Point(0.5, 0.5);
    private Selection selection;
    private long nextId = 1;
    private int width = 1;
    private int height = 1;
    private int fadeFrames = 15;
    private Runnable onChange = () -> { };

    /** Told after every change to the stored drawings (not to the tool, cursor or selection). */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** The clip's size in pixels (angles are measured in pixels) and frame rate (for the fade). */
    public void setClip(int width, int height, double fps) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.fadeFrames = Math.max(1, (int) Math.round(fps / 2));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int fadeFrames() {
        return fadeFrames;
    }

    /** Replaces everything with what was stored for a clip; forgets the undo steps and the selection. */
    public void load(List<Drawing> stored) {
        drawings.clear();
        drawings.addAll(stored);
        nextId = stored.stream().mapToLong(Drawing::id).max().orElse(0) + 1;
        undo.clear();
        selection = null;
        cancel();
    }

    public List<Drawing> all() {
        return List.copyOf(drawings);
    }

    public Optional<Drawing> find(long id) {
        return drawings.stream().filter(d -> d.id() == id).findFirst();
    }

    /** How strongly {@code d} shows at {@code frame}: 1 on its frame, fading to 0 beyond {@link #fadeFrames()}. */
    public double opacity(Drawing d, int frame) {
        int away = Math.abs(frame - d.frame());
        return away > fadeFrames ? 0 : 1 - (double) away / (fadeFrames + 1);
    }

    /** The drawings that show at {@code frame}, oldest first. */
    public List<Drawing> visibleAt(int frame) {
        return drawings.stream().filter(d -> opacity(d, frame) > 0).toList();
    }

    // ---- drawing a new one -------------------------------------------------------------------------

    /** Starts drawing a {@code kind}; the keyboard cursor starts where the last point was placed. */
    public void begin(Drawing.Kind kind) {
        tool = kind;
        placing.clear();
        selection = null;
    }

    public Optional<Drawing.Kind> tool() {
        return Optional.ofNullable(tool);
    }

    /** The points placed so far for the drawing in progress. */
    public List<Drawing.Point> placing() {
        return List.copyOf(placing);
    }

    /** Stops the drawing in progress; true when there was one. */
    public boolean cancel() {
        boolean had = tool != null;
        tool = null;
        placing.clear();
        return had;
    }

    /**
     * Places the next point of the drawing in progress at {@code p}. A line or an angle is added when its
     * last point is placed, and comes back; a note's one point comes back as an unfinished note, to be
     * finished with {@link #addNote}. Empty while more points are needed (or no tool is chosen).
     */
    public Optional<Drawing> place(Drawing.Point p, int frame, double t) {
        if (tool == null) {
            return Optional.empty();
        }
        placing.add(p.clamped());
        cursor = p.clamped();
        if (placing.size() < tool.points()) {
            return Optional.empty();
        }
        Drawing.Kind kind = tool;
        List<Drawing.Point> points = List.copyOf(placing);
        cancel();
        if (kind == Drawing.Kind.NOTE) {
            return Optional.of(new Drawing(0, kind, frame, t, points, null));
        }
        return Optional.of(add(kind, frame, t, points, null));
    }

    /** Adds a note with {@code text} at {@code at}; blank text adds nothing. */
    public Optional<Drawing> addNote(Drawing.Point at, String text, int frame, double t) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(add(Drawing.Kind.NOTE, frame, t, List.of(at.clamped()), text.strip()));
    }

    private Drawing add(Drawing.Kind kind, int frame, double t, List<Drawing.Point> points, String text) {
        remember();
        Drawing d = new Drawing(nextId++, kind, frame, t, points, text);
        drawings.add(d);
        selection = new Selection(d.id(), -1);
        onChange.run();
        return d;
    }

    // ---- keyboard cursor ---------------------------------------------------------------------------

    public Drawing.Point cursor() {
        return cursor;
    }

    public void setCursor(Drawing.Point p) {
        cursor = p.clamped();
    }

    /** Moves the keyboard cursor by {@code dx}, {@code dy} (fractions of the frame). */
    public void moveCursor(double dx, double dy) {
        cursor = new Drawing.Point(cursor.x() + dx, cursor.y() + dy).clamped();
    }

    // ---- selecting and editing ---------------------------------------------------------------------

    public Optional<Selection> selection() {
        return Optional.ofNullable(selection).filter(s -> find(s.id()).isPresent());
    }

    public void select(Selection s) {
        selection = s;
    }

    public void clearSelection() {
        selection = null;
    }

    /**
     * What is under the screen point ({@code sx}, {@code sy}) when the frame is drawn at ({@code left},
     * {@code top}) with {@code w} × {@code h} pixels: the nearest point of a drawing visible at
     * {@code frame} within {@code tolerance} pixels, else a drawing whose line passes that close.
     */
    public Optional<Selection> hit(double sx, double sy, double left, double top, double w, double h, int frame, double tolerance) {
        Selection best = null;
        double bestDistance = tolerance;
        List<Drawing> visible = visibleAt(frame);
        for (Drawing d : visible) {
            for (int i = 0; i < d.points().size(); i++) {
                Drawing.Point p = d.point(i);
                double dist = Math.hypot(left + p.x() * w - sx, top + p.y() * h - sy);
                if (dist <= bestDistance) {
                    bestDistance = dist;
                    best = new Selection(d.id(), i);
                }
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (Drawing d : visible) {
            for (int i = 0; i + 1 < d.points().size(); i++) {
                Drawing.Point a = d.point(i);
                Drawing.Point b = d.point(i + 1);
                double dist = DrawingGeometry.distanceToSegment(sx, sy, left + a.x() * w, top + a.y() * h, left + b.x() * w, top + b.y() * h);
                if (dist <= bestDistance) {
                    bestDistance = dist;
                    best = new Selection(d.id(), -1);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Selects the next point of the drawings visible at {@code frame} ({@code step} -1 for the previous),
     * in the order they were drawn; false when none shows.
     */
    public boolean selectNext(int frame, int step) {
        List<Selection> all = new ArrayList<>();
        for (Drawing d : visibleAt(frame).stream().sorted(Comparator.comparingLong(Drawing::id)).toList()) {
            for (int i = 0; i < d.points().size(); i++) {
                all.add(new Selection(d.id(), i));
            }
        }
        if (all.isEmpty()) {
            selection = null;
            return false;
        }
        int at = selection == null ? -1 : all.indexOf(selection);
        if (at < 0 && selection != null) {
            // a whole drawing was selected: go to its first point
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id() == selection.id()) {
                    at = i - (step > 0 ? 1 : -1);
                    break;
                }
            }
        }
        int n = all.size();
        int next = at < 0 && step < 0 ? n - 1 : Math.floorMod(at + (step < 0 ? -1 : 1), n);
        selection = all.get(next);
        return true;
    }

    /** Call once before a drag of the selection, so undo goes back to before the whole drag. */
    public void beginEdit() {
        remember();
    }

    /** Moves the selected point to {@code p}, or the whole selected drawing by {@code dx}, {@code dy}; no undo step. */
    public void dragTo(Drawing.Point p, double dx, double dy) {
        Selection s = selection().orElse(null);
        if (s == null) {
            return;
        }
        replace(s.id(), d -> s.point() >= 0 ? d.withPoint(s.point(), p) : d.movedBy(dx, dy));
    }

    /** Moves the selection by {@code dx}, {@code dy} (fractions of the frame), as one undo step; false when nothing is selected. */
    public boolean nudge(double dx, double dy) {
        Selection s = selection().orElse(null);
        if (s == null) {
            return false;
        }
        remember();
        replace(s.id(), d -> s.point() >= 0
                ? d.withPoint(s.point(), new Drawing.Point(d.point(s.point()).x() + dx, d.point(s.point()).y() + dy))
                : d.movedBy(dx, dy));
        onChange.run();
        return true;
    }

    /** Tells the listener that a drag has ended. */
    public void endEdit() {
        onChange.run();
    }

    private void replace(long id, java.util.function.UnaryOperator<Drawing> change) {
        for (int i = 0; i < drawings.size(); i++) {
            if (drawings.get(i).id() == id) {
                drawings.set(i, change.apply(drawings.get(i)));
            }
        }
    }

    /** Deletes the selected drawing; the one deleted, or empty when nothing was selected. */
    public Optional<Drawing> deleteSelected() {
        Optional<Drawing> d = selection().flatMap(s -> find(s.id()));
        d.ifPresent(x -> {
            remember();
            drawings.removeIf(y -> y.id() == x.id());
            selection = null;
            onChange.run();
        });
        return d;
    }

    /** Removes every drawing (undo brings them back while the clip stays open); false when there were none. */
    public boolean clear() {
        if (drawings.isEmpty()) {
            return false;
        }
        remember();
        drawings.clear();
        selection = null;
        onChange.run();
        return true;
    }

    /** Goes back one step; false when there is nothing to undo. */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        drawings.clear();
        drawings.addAll(undo.pop());
        if (selection != null && find(selection.id()).isEmpty()) {
            selection = null;
        }
        onChange.run();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    private void remember() {
        undo.push(List.copyOf(drawings));
        while (undo.size() > UNDO_DEPTH) {
            undo.removeLast();
        }
    }
}
