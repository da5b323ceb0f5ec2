package formcoach.video;

import formcoach.library.Fault;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis of one set found: its reps, and warnings about the footage (a view that cannot
 * show a fault, the lifter lost from frame). {@code video analyze --json} prints it.
 */
public record SetReport(String lift, CameraView view, List<Rep> reps, List<String> warnings) {
    public SetReport {
        reps = List.copyOf(reps);
        warnings = List.copyOf(warnings);
    }

    /**
     * One counted rep: {@code start}/{@code end} in seconds, the faults flagged, and for each measure
     * (by name) the number found, the threshold it was held against and the time where it peaked.
     */
    public record Rep(int rep, double start, double end, Set<Fault> faults, Map<String, Measure> measures) {
        public Rep {
            faults = Set.copyOf(faults);
            measures = Map.copyOf(measures);
        }
    }

    /** A measured value against its threshold; {@code flagged} when it crossed it; {@code estimate} for rounding. */
    public record Measure(Fault fault, double value, double threshold, double peakTime, boolean flagged, boolean estimate) {
    }
}
