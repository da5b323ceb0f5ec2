package formcoach.library.ui.musclemap;

import atlantafx.base.theme.PrimerLight;
import formcoach.library.ui.musclemap.MuscleMap.Intensity;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MuscleMapTest {
    /** Copied from docs/content-schema (the closed list), so a muscle dropped from the drawing is caught here. */
    static final List<String> CLOSED_LIST = Arrays.stream("""
            upper-trapezius, middle-trapezius, lower-trapezius, rhomboids, levator-scapulae, latissimus-dorsi,
            teres-major, rotator-cuff, posterior-deltoid, lateral-deltoid, anterior-deltoid, serratus-anterior,
            thoracic-erector-spinae, lumbar-erector-spinae, pectoralis-major, pectoralis-minor, biceps, brachialis,
            forearms, triceps, neck, abdominals, obliques, glutes, hamstrings, quadriceps, adductors, abductors,
            hip-flexors, calves""".split(",")).map(String::strip).toList();

    private static final PseudoClass PRIMARY = PseudoClass.getPseudoClass("primary");
    private static final PseudoClass SECONDARY = PseudoClass.getPseudoClass("secondary");

    private MuscleMap map;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        map = new MuscleMap();
        stage.setScene(new Scene(new StackPane(map), 900, 600));
        stage.show();
    }

    @Test
    void namesCoverExactlyTheClosedList() {
        assertThat(MuscleNames.ids()).containsExactlyInAnyOrderElementsOf(CLOSED_LIST);
    }

    @Test
    void everyClosedListIdHasAShapeNamedForPeopleAndTests(FxRobot robot) {
        for (String id : CLOSED_LIST) {
            List<Shape> shapes = map.shapesFor(id);
            assertThat(shapes).as(id).isNotEmpty();
            assertThat(robot.lookup(".muscle-" + id).queryAll()).as(id).hasSameSizeAs(shapes);
            for (Shape s : shapes) {
                assertThat(s.getAccessibleText()).isEqualTo(MuscleNames.displayName(id).orElseThrow());
                assertThat(s.getId()).matches("muscle-" + id + "-(front|back)");
            }
        }
    }

    @Test
    void everyLabelAnchorLiesInsideItsMuscleSoLeaderLinesPointAtIt() {
        for (var e : BodyArt.ANCHORS.entrySet()) {
            for (BodyArt.Anchor a : e.getValue()) {
                String view = a.view() == BodyArt.View.FRONT ? "front" : "back";
                Shape shape = map.shapesFor(e.getKey()).stream()
                        .filter(s -> s.getId().endsWith("-" + view)).findFirst().orElseThrow();
                assertThat(shape.contains(a.x(), a.y())).as(e.getKey() + " " + view).isTrue();
                assertThat(shape.contains(BodyArt.WIDTH - a.x(), a.y())).as(e.getKey() + " mirrored").isTrue();
            }
        }
        assertThat(BodyArt.ANCHORS.keySet()).containsExactlyInAnyOrderElementsOf(CLOSED_LIST);
    }

    @Test
    void highlightsMarkPrimaryAndSecondaryShapesAndLeaveTheRestNeutral(FxRobot robot) {
        robot.interact(() -> map.setHighlights(row()));
        assertThat(states("latissimus-dorsi")).containsExactly(PRIMARY);
        assertThat(states("rhomboids")).containsExactly(PRIMARY);
        assertThat(states("biceps")).containsExactly(SECONDARY);
        assertThat(states("forearms")).containsExactly(SECONDARY); // both views
        assertThat(map.shapesFor("forearms")).hasSize(2);
        assertThat(states("quadriceps")).isEmpty();
        assertThat(map.intensityOf("lower-trapezius")).contains(Intensity.SECONDARY);
        assertThat(map.intensityOf("glutes")).isEmpty();
    }

    @Test
    void newHighlightsReplaceTheOldOnes(FxRobot robot) {
        robot.interact(() -> map.setHighlights(row()));
        robot.interact(() -> map.setHighlights(Map.of("glutes", Intensity.PRIMARY)));
        assertThat(states("latissimus-dorsi")).isEmpty();
        assertThat(states("biceps")).isEmpty();
        assertThat(states("glutes")).containsExactly(PRIMARY);
        assertThat(map.highlights()).containsOnlyKeys("glutes");
    }

    @Test
    void labelsAppearForHighlightedMusclesOnly(FxRobot robot) {
        assertThat(robot.lookup(".muscle-label").queryAll()).isEmpty();
        robot.interact(() -> map.setHighlights(row()));
        Set<String> labelled = robot.lookup(".muscle-label").queryAllAs(Label.class).stream()
                .map(l -> l.getId().substring("muscle-label-".length())).collect(Collectors.toSet());
        assertThat(labelled).isEqualTo(row().keySet());
        assertThat(robot.lookup("#muscle-label-latissimus-dorsi").queryLabeled().getText()).isEqualTo("Latissimus dorsi (lats)");
        assertThat(robot.lookup("#muscle-label-latissimus-dorsi").queryLabeled().getPseudoClassStates()).contains(PRIMARY);
        robot.interact(() -> map.setHighlights(Map.of()));
        assertThat(robot.lookup(".muscle-label").queryAll()).isEmpty();
    }

    @Test
    void unknownIdsAreIgnoredAndReported(FxRobot robot) {
        Map<String, Intensity> h = new LinkedHashMap<>(row());
        h.put("bicep", Intensity.PRIMARY);
        h.put("Traps", Intensity.SECONDARY);
        robot.interact(() -> map.setHighlights(h));
        assertThat(map.unknownIds()).containsExactly("bicep", "Traps");
        assertThat(map.highlights()).isEqualTo(row());
        assertThat(robot.lookup("#muscle-label-bicep").tryQuery()).isEmpty();
        robot.interact(() -> map.setHighlights(row()));
        assertThat(map.unknownIds()).isEmpty();
    }

    @Test
    void anIdInBothListsCountsAsPrimary(FxRobot robot) {
        robot.interact(() -> map.setHighlights(List.of("glutes", "hamstrings"), List.of("hamstrings", "calves")));
        assertThat(map.highlights()).containsEntry("hamstrings", Intensity.PRIMARY).containsEntry("calves", Intensity.SECONDARY);
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource(textBlock = """
            row,      900, 600
            row,      400, 300
            deadlift, 400, 300
            all,      900, 600
            all,      640, 480
            """)
    void labelsNeverOverlapEachOtherAndStayInsideTheMap(String exercise, double w, double h, FxRobot robot) {
        Map<String, Intensity> highlights = switch (exercise) {
            case "row" -> row();
            case "deadlift" -> deadlift();
            default -> CLOSED_LIST.stream().collect(Collectors.toMap(id -> id, id -> Intensity.PRIMARY));
        };
        robot.interact(() -> {
            map.getScene().getWindow().setWidth(w);
            map.getScene().getWindow().setHeight(h);
            map.setHighlights(highlights);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Bounds> boxes = new ArrayList<>();
        for (Label l : map.labels()) {
            Bounds b = l.localToScene(l.getLayoutBounds());
            assertThat(b.getMinX()).as(l.getText()).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxX()).as(l.getText()).isLessThanOrEqualTo(map.getWidth() + 0.5);
            assertThat(b.getMinY()).as(l.getText()).isGreaterThanOrEqualTo(-0.5);
            assertThat(b.getMaxY()).as(l.getText()).isLessThanOrEqualTo(map.getHeight() + 0.5);
            for (Bounds other : boxes) {
                assertThat(b.intersects(other.getMinX() + 0.5, other.getMinY() + 0.5,
                        other.getWidth() - 1, other.getHeight() - 1)).as(l.getText() + " overlaps").isFalse();
            }
            boxes.add(b);
        }
        assertThat(boxes).hasSize(highlights.size());
    }

    @Test
    void hoveringAMuscleNamesItInATooltipAndStylesIt(FxRobot robot) {
        Shape lats = map.shapesFor("latissimus-dorsi").get(0);
        BodyArt.Anchor a = BodyArt.ANCHORS.get("latissimus-dorsi").get(0);
        Point2D onScreen = lats.localToScreen(a.x(), a.y());
        robot.moveTo(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lats.isHover()).isTrue();
        assertThat(lats.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("hover"));
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tooltipText().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no tooltip appeared over the lats", e);
        }
        assertThat(tooltipText()).contains("Latissimus dorsi (lats)");
        robot.moveTo(map.localToScreen(2, 2));
        assertThat(lats.isHover()).isFalse();
    }

    private static java.util.Optional<String> tooltipText() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst();
    }

    private Set<PseudoClass> states(String id) {
        Set<PseudoClass> all = new TreeSet<>((x, y) -> x.getPseudoClassName().compareTo(y.getPseudoClassName()));
        for (Shape s : map.shapesFor(id)) {
            s.getPseudoClassStates().stream().filter(p -> p == PRIMARY || p == SECONDARY).forEach(all::add);
        }
        return all;
    }

    static Map<String, Intensity> row() {
        Map<String, Intensity> m = new LinkedHashMap<>();
        List.of("latissimus-dorsi", "rhomboids", "middle-trapezius").forEach(id -> m.put(id, Intensity.PRIMARY));
        List.of("biceps", "posterior-deltoid", "lower-trapezius", "forearms").forEach(id -> m.put(id, Intensity.SECONDARY));
        return m;
    }

    static Map<String, Intensity> deadlift() {
        Map<String, Intensity> m = new LinkedHashMap<>();
        List.of("glutes", "hamstrings", "lumbar-erector-spinae").forEach(id -> m.put(id, Intensity.PRIMARY));
        List.of("thoracic-erector-spinae", "upper-trapezius", "forearms", "quadriceps", "adductors")
                .forEach(id -> m.put(id, Intensity.SECONDARY));
        return m;
    }
}
