package formcoach.library.ui.musclemap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelStackerTest {
    @Test
    void aLabelWithRoomSitsCentredOnItsPoint() {
        double[] tops = LabelStacker.stack(new double[] {100}, new double[] {20}, 0, 400, 3);
        assertThat(tops).containsExactly(90);
    }

    @Test
    void crowdedLabelsArePushedApartInOrder() {
        double[] tops = LabelStacker.stack(new double[] {100, 101, 102}, new double[] {20, 20, 20}, 0, 400, 3);
        assertThat(tops).containsExactly(90, 113, 136);
    }

    @Test
    void labelsNearTheBottomArePushedBackUp() {
        double[] tops = LabelStacker.stack(new double[] {395, 399}, new double[] {20, 20}, 0, 400, 3);
        assertThat(tops).containsExactly(357, 380);
    }

    @Property
    void labelsThatFitNeverOverlapKeepOrderAndStayInside(
            @ForAll @Size(min = 1, max = 15) List<@DoubleRange(min = -50, max = 650) Double> wanted,
            @ForAll @DoubleRange(min = 10, max = 40) double height) {
        double[] centers = wanted.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] heights = new double[centers.length];
        java.util.Arrays.fill(heights, height);
        double bottom = 600;
        if (centers.length * (height + 3) > bottom) {
            return; // does not fit; the contract only promises the start-at-top fallback
        }
        double[] tops = LabelStacker.stack(centers, heights, 0, bottom, 3);
        for (int i = 0; i < tops.length; i++) {
            assertThat(tops[i]).isGreaterThanOrEqualTo(0);
            assertThat(tops[i] + height).isLessThanOrEqualTo(bottom + 1e-9);
            if (i > 0) {
                assertThat(tops[i]).isGreaterThanOrEqualTo(tops[i - 1] + height + 3 - 1e-9);
            }
        }
    }
}
