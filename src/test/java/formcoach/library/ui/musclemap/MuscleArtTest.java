package formcoach.library.ui.musclemap;

import formcoach.library.Exercise;
import formcoach.library.ExerciseCatalog;
import formcoach.library.Muscle;
import formcoach.library.ui.musclemap.BodyArt.Drawing;
import formcoach.library.ui.musclemap.BodyArt.Part;
import formcoach.library.ui.musclemap.BodyArt.View;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The muscle map's drawing, assets/library/muscle-map.svg: it parses and has a shape for every muscle the library uses. */
class MuscleArtTest {
    private static final Path FILE = Path.of("assets", "library", "muscle-map.svg");

    private static Drawing real() throws Exception {
        return MuscleArt.parse(Files.readAllBytes(FILE), FILE.toString());
    }

    @Test
    void theRealFileParsesIntoBothViewsAndTheBodyOutline() throws Exception {
        Drawing d = real();
        assertThat(d.contour()).startsWith("M 100,6").doesNotContain("Z");
        assertThat(d.details().get(View.FRONT)).hasSize(2);
        assertThat(d.lines().get(View.BACK)).hasSize(2);
        assertThat(d.parts()).extracting(Part::view).contains(View.FRONT, View.BACK);
        // what the map draws is what the file holds
        assertThat(BodyArt.PARTS).isEqualTo(d.parts());
        assertThat(BodyArt.CONTOUR).isEqualTo(d.contour());
    }

    @Test
    void everyMuscleOfTheClosedListAndOfEveryBuiltInExerciseHasAShape() throws Exception {
        Set<String> drawn = real().parts().stream().map(Part::id).collect(Collectors.toSet());
        Set<String> closedList = Arrays.stream(Muscle.values()).map(Muscle::id).collect(Collectors.toSet());
        assertThat(drawn).as("every shape is a muscle of the closed list").isEqualTo(closedList);
        ExerciseCatalog.Result builtin = ExerciseCatalog.loadBuiltin();
        assertThat(builtin.exercises()).hasSizeGreaterThan(20);
        Set<String> used = new TreeSet<>();
        for (Exercise e : builtin.exercises()) {
            Stream.concat(e.muscles().primary().stream(), e.muscles().secondary().stream()).map(Muscle::id).forEach(used::add);
        }
        assertThat(drawn).containsAll(used);
    }

    @Test
    void eachMuscleHasOneShapePerViewAndEveryShapeALabelAnchorInItsView() throws Exception {
        Set<String> seen = new java.util.HashSet<>();
        for (Part p : real().parts()) {
            assertThat(seen.add(p.view() + "/" + p.id())).as("%s drawn once in %s", p.id(), p.view()).isTrue();
        }
        for (String id : BodyArt.ANCHORS.keySet()) {
            for (BodyArt.Anchor a : BodyArt.ANCHORS.get(id)) {
                assertThat(seen).as("the anchor of %s in %s has a shape there", id, a.view()).contains(a.view() + "/" + id);
            }
        }
    }

    @Test
    void aBrokenDrawingIsRefusedNamingTheFileAndThePath() {
        assertThatThrownBy(() -> parse("<svg><path id=\"contour\" d=\"M 1,2\"/><g id=\"front\">"))
                .hasMessageStartingWith("muscle-map.svg: not a readable SVG file");
        assertThatThrownBy(() -> parse("<svg><g id=\"front\"/><g id=\"back\"/></svg>"))
                .hasMessage("muscle-map.svg: no <path id=\"contour\"> (the body's outer line)");
        assertThatThrownBy(() -> parse("<svg><path id=\"contour\" d=\"M 1,2\"/><g id=\"front\">"
                + "<path id=\"front-biceps\" data-muscle=\"biceps\" d=\"M 1,2 A 3,3 0 0 1 4,5\"/></g><g id=\"back\"/></svg>"))
                .hasMessageStartingWith("muscle-map.svg: path front-biceps: ");
        assertThatThrownBy(() -> parse("<svg><path id=\"contour\" d=\"M 1,2\"/><g id=\"front\">"
                + "<path id=\"biceps\" data-muscle=\"biceps\" d=\"M 1,2 L 3,4 Z\"/></g><g id=\"back\"/></svg>"))
                .hasMessage("muscle-map.svg: path biceps should have id=\"front-biceps\"");
        assertThatThrownBy(() -> parse("<svg><path id=\"contour\" d=\"M 1,2\"/><g id=\"side\"/></svg>"))
                .hasMessage("muscle-map.svg: <g id=\"side\"> is not a view (front or back)");
        assertThatThrownBy(() -> parse("<svg><path id=\"contour\" d=\"M 1,2\"/><g id=\"front\"/></svg>"))
                .hasMessage("muscle-map.svg: no <g id=\"back\">");
        assertThatThrownBy(() -> parse("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>"))
                .hasMessageStartingWith("muscle-map.svg: not a readable SVG file");
    }

    private static Drawing parse(String svg) {
        return MuscleArt.parse(svg.getBytes(StandardCharsets.UTF_8), "muscle-map.svg");
    }
}
