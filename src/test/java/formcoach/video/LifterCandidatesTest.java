package formcoach.video;

import formcoach.video.LifterCandidates.Person;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LifterCandidatesTest {
    @Test
    void peopleAreOrderedLeftToRightAndNamedByWhereTheyStand() {
        LifterCandidates c = new LifterCandidates(List.of(
                new Person(0.75, 0.2, 0.15, 0.5, 0.9),
                new Person(0.05, 0.2, 0.15, 0.5, 0.8),
                new Person(0.4, 0.1, 0.2, 0.5, 0.7)));
        assertThat(c.describe(0)).isEqualTo("person 1 of 3, left");
        assertThat(c.describe(1)).isEqualTo("person 2 of 3, middle");
        assertThat(c.describe(2)).isEqualTo("person 3 of 3, right");
    }

    @Test
    void theClearlyLargestIsNearestTheCamera() {
        LifterCandidates c = new LifterCandidates(List.of(new Person(0.1, 0.1, 0.3, 0.8, 0.9), new Person(0.7, 0.3, 0.1, 0.3, 0.8)));
        assertThat(c.describe(0)).isEqualTo("person 1 of 2, left, nearest the camera");
        assertThat(c.describe(1)).isEqualTo("person 2 of 2, right");
        assertThat(new LifterCandidates(List.of(new Person(0.4, 0.1, 0.2, 0.8, 0.9))).describe(0)).isEqualTo("person 1 of 1, middle");
    }
}
