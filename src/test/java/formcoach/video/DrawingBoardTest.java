package formcoach.video;

import formcoach.video.Drawing.Kind;
import formcoach.video.Drawing.Point;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DrawingBoardTest {
    private final DrawingBoard board = new DrawingBoard();
    private final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void clip() {
        board.setClip(1280, 720, 30);
        board.onChange(changes::incrementAndGet);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # a (x,y)  vertex     c          degrees
            0.2, 0.5,  0.5, 0.5,  0.5, 0.2,  90
            0.2, 0.5,  0.5, 0.5,  0.8, 0.5,  180
            0.8, 0.5,  0.5, 0.5,  0.8, 0.5,  0
            0.6, 0.5,  0.5, 0.5,  0.6, 0.6,  29.357
            """)
    void anglesAreMeasuredInPixelsNotFractions(double ax, double ay, double vx, double vy, double cx, double cy, double degrees) {
        // 0.1 of the width is 128 px, 0.1 of the height 72 px: atan(72/128) = 29.36°, not 45°
        assertThat(DrawingGeometry.angleAt(new Point(ax, ay), new Point(vx, vy), new Point(cx, cy), 1280, 720))
                .isCloseTo(degrees, within(0.01));
    }

    @Test
    void aZeroLengthRayHasNoAngleAndALineTiltsFromLevel() {
        Point p = new Point(0.5, 0.5);
        assertThat(DrawingGeometry.angleAt(p, p, new Point(0.9, 0.1), 100, 100)).isZero();
        assertThat(DrawingGeometry.fromLevel(new Point(0.1, 0.9), new Point(0.9, 0.1), 100, 100)).isCloseTo(45, within(1e-9));
        assertThat(DrawingGeometry.fromLevel(new Point(0.5, 0.1), new Point(0.5, 0.9), 100, 50)).isCloseTo(90, within(1e-9));
    }

    @Test
    void theArcGoesTheShortWayRound() {
        double[] arc = DrawingGeometry.arc(new Point(0.9, 0.5), new Point(0.5, 0.5), new Point(0.5, 0.1), 100, 100);
        assertThat(arc[0]).isCloseTo(0, within(1e-9));
        assertThat(arc[1]).isCloseTo(90, within(1e-9));
        double[] back = DrawingGeometry.arc(new Point(0.5, 0.1), new Point(0.5, 0.5), new Point(0.9, 0.5), 100, 100);
        assertThat(back[1]).isCloseTo(-90, within(1e-9));
    }

    @Test
    void anAngleTakesThreeClicksAndIsMeasuredAtTheMiddleOne() {
        board.begin(Kind.ANGLE);
        assertThat(board.place(new Point(0.2, 0.5), 18, 0.6)).isEmpty();
        assertThat(board.place(new Point(0.5, 0.5), 18, 0.6)).isEmpty();
        assertThat(board.placing()).hasSize(2);
        Drawing d = board.place(new Point(0.5, 0.2), 18, 0.6).orElseThrow();
        assertThat(d.kind()).isEqualTo(Kind.ANGLE);
        assertThat(d.measure(1280, 720)).isEqualTo("90°");
        assertThat(board.tool()).isEmpty();
        assertThat(board.all()).containsExactly(d);
        assertThat(board.selection()).contains(new DrawingBoard.Selection(d.id(), -1));
        assertThat(changes.get()).isEqualTo(1);
    }

    @Test
    void cancellingLeavesNothingBehind() {
        board.begin(Kind.LINE);
        board.place(new Point(0.1, 0.1), 0, 0);
        assertThat(board.cancel()).isTrue();
        assertThat(board.placing()).isEmpty();
        assertThat(board.all()).isEmpty();
        assertThat(board.cancel()).isFalse();
        assertThat(changes.get()).isZero();
    }

    @Test
    void pointsOutsideTheFrameAreKeptOnIt() {
        board.begin(Kind.LINE);
        board.place(new Point(-0.3, 0.5), 0, 0);
        Drawing d = board.place(new Point(0.5, 1.7), 0, 0).orElseThrow();
        assertThat(d.points()).containsExactly(new Point(0, 0.5), new Point(0.5, 1));
        assertThat(d.storeProblem()).isNull();
    }

    @Test
    void aNoteNeedsText() {
        board.begin(Kind.NOTE);
        Drawing pending = board.place(new Point(0.3, 0.3), 5, 0.2).orElseThrow();
        assertThat(pending.text()).isNull();
        assertThat(board.all()).isEmpty();
        assertThat(board.addNote(pending.point(0), "  ", 5, 0.2)).isEmpty();
        Drawing note = board.addNote(pending.point(0), " chin tucked ", 5, 0.2).orElseThrow();
        assertThat(note.measure(1280, 720)).isEqualTo("chin tucked");
    }

    @Test
    void aPointIsHitNearItAndALineAlongIt() {
        Drawing d = line(new Point(0.1, 0.1), new Point(0.5, 0.1), 10);
        // frame drawn at (100, 50), 1000 × 500 px: the line runs from (200, 100) to (600, 100)
        assertThat(board.hit(203, 98, 100, 50, 1000, 500, 10, 8)).contains(new DrawingBoard.Selection(d.id(), 0));
        assertThat(board.hit(598, 104, 100, 50, 1000, 500, 10, 8)).contains(new DrawingBoard.Selection(d.id(), 1));
        assertThat(board.hit(400, 105, 100, 50, 1000, 500, 10, 8)).contains(new DrawingBoard.Selection(d.id(), -1));
        assertThat(board.hit(400, 120, 100, 50, 1000, 500, 10, 8)).isEmpty();
        // not on a frame where it does not show
        assertThat(board.hit(203, 98, 100, 50, 1000, 500, 40, 8)).isEmpty();
    }

    @Test
    void aDrawingShowsOnItsFrameAndFadesOverHalfASecond() {
        Drawing d = line(new Point(0.1, 0.1), new Point(0.5, 0.1), 30);
        assertThat(board.fadeFrames()).isEqualTo(15);
        assertThat(board.opacity(d, 30)).isEqualTo(1.0);
        assertThat(board.opacity(d, 38)).isBetween(0.4, 0.6);
        assertThat(board.opacity(d, 45)).isGreaterThan(0);
        assertThat(board.opacity(d, 46)).isZero();
        assertThat(board.visibleAt(14)).isEmpty();
        assertThat(board.visibleAt(22)).containsExactly(d);
    }

    @Test
    void aPointIsMovedByKeyboardAndTheMoveIsUndone() {
        Drawing d = angle();
        board.clearSelection();
        assertThat(board.selectNext(18, 1)).isTrue();
        assertThat(board.selectNext(18, 1)).isTrue();
        assertThat(board.selection()).contains(new DrawingBoard.Selection(d.id(), 1));
        assertThat(board.nudge(0, -0.1)).isTrue();
        assertThat(board.find(d.id()).orElseThrow().point(1).y()).isCloseTo(0.4, within(1e-9));
        assertThat(board.find(d.id()).orElseThrow().measure(1280, 720)).isNotEqualTo("90°");
        assertThat(board.undo()).isTrue();
        assertThat(board.find(d.id()).orElseThrow().measure(1280, 720)).isEqualTo("90°");
    }

    @Test
    void selectingWrapsAroundBothWays() {
        Drawing d = angle();
        board.clearSelection();
        board.selectNext(18, -1);
        assertThat(board.selection()).contains(new DrawingBoard.Selection(d.id(), 2));
        board.selectNext(18, 1);
        assertThat(board.selection()).contains(new DrawingBoard.Selection(d.id(), 0));
        assertThat(board.selectNext(200, 1)).isFalse();
    }

    @Test
    void aDragIsOneUndoStepAndMovesTheWholeDrawingWhenItsLineWasPicked() {
        Drawing d = line(new Point(0.1, 0.1), new Point(0.5, 0.1), 0);
        board.select(new DrawingBoard.Selection(d.id(), -1));
        board.beginEdit();
        board.dragTo(null, 0.1, 0.1);
        board.dragTo(null, 0.1, 0.1);
        board.endEdit();
        assertThat(board.find(d.id()).orElseThrow().points()).containsExactly(new Point(0.30000000000000004, 0.30000000000000004),
                new Point(0.7, 0.30000000000000004));
        // moved as a whole it stays inside the frame
        board.dragTo(null, 0.9, 0);
        assertThat(board.find(d.id()).orElseThrow().point(1).x()).isEqualTo(1.0);
        board.undo();
        assertThat(board.find(d.id()).orElseThrow()).isEqualTo(d);
    }

    @Test
    void deleteClearAndUndoBringDrawingsBack() {
        Drawing a = line(new Point(0.1, 0.1), new Point(0.5, 0.1), 0);
        Drawing b = angle();
        board.select(new DrawingBoard.Selection(a.id(), 0));
        assertThat(board.deleteSelected()).contains(a);
        assertThat(board.all()).containsExactly(b);
        assertThat(board.deleteSelected()).isEmpty();
        assertThat(board.clear()).isTrue();
        assertThat(board.all()).isEmpty();
        assertThat(board.clear()).isFalse();
        board.undo();
        assertThat(board.all()).containsExactly(b);
        board.undo();
        assertThat(board.all()).containsExactly(a, b);
        board.undo();
        board.undo();
        assertThat(board.all()).isEmpty();
        assertThat(board.undo()).isFalse();
    }

    @Test
    void loadingGivesNewDrawingsFreshIds() {
        board.load(List.of(new Drawing(7, Kind.LINE, 0, 0, List.of(new Point(0, 0), new Point(1, 1)), null)));
        assertThat(board.canUndo()).isFalse();
        Drawing d = line(new Point(0.2, 0.2), new Point(0.3, 0.3), 0);
        assertThat(d.id()).isEqualTo(8);
    }

    @Test
    void storedDrawingsThatCannotBeUsedSayWhy() {
        assertThat(new Drawing(1, Kind.ANGLE, 0, 0, List.of(new Point(0, 0)), null).storeProblem()).contains("3 points");
        assertThat(new Drawing(1, null, 0, 0, List.of(), null).storeProblem()).contains("no kind");
        assertThat(new Drawing(1, Kind.LINE, 0, 0, List.of(new Point(0, 0), new Point(2, 0)), null).storeProblem()).contains("outside");
        assertThat(new Drawing(1, Kind.NOTE, 0, 0, List.of(new Point(0, 0)), "").storeProblem()).contains("no text");
        assertThat(new Drawing(1, Kind.LINE, -1, 0, List.of(new Point(0, 0), new Point(1, 0)), null).storeProblem()).contains("no frame");
    }

    private Drawing line(Point a, Point b, int frame) {
        board.begin(Kind.LINE);
        board.place(a, frame, frame / 30.0);
        return board.place(b, frame, frame / 30.0).orElseThrow();
    }

    private Drawing angle() {
        board.begin(Kind.ANGLE);
        board.place(new Point(0.2, 0.5), 18, 0.6);
        board.place(new Point(0.5, 0.5), 18, 0.6);
        return board.place(new Point(0.5, 0.2), 18, 0.6).orElseThrow();
    }
}
