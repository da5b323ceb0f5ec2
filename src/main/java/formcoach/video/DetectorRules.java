package formcoach.video;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import formcoach.library.Fault;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rep counter's and fault detector's numbers, read from {@code assets/video/detector-rules.json}:
 * each with the reason it has that value, so a coach can read and change them.
 */
public record DetectorRules(@JsonProperty(required = true) String about,
                            @JsonProperty(required = true) Counting counting,
                            @JsonProperty(required = true) List<Family> families) {
    public static final String ASSET = "video/detector-rules.json";

    public DetectorRules {
        families = List.copyOf(families);
    }

    /**
     * How reps are found: the movement signal is smoothed over {@code smoothingSeconds}, scaled to
     * 0–1 between its 5th and 95th percentiles, and a rep is a trip from below {@code bottomBelow}
     * to above {@code topAbove} and back (the band between is the in-between state, so jitter cannot
     * flip the count). The fault measures are averaged over {@code measureSmoothingSeconds}, so a
     * fault must last that long to count and one noisy frame cannot flag a rep. A landmark below
     * {@code minVisibility} counts as not seen.
     */
    public record Counting(double bottomBelow, double topAbove, double minRangeDegrees, double minRepSeconds,
                           double smoothingSeconds, double measureSmoothingSeconds, double minVisibility, double baselineSeconds,
                           @JsonProperty(required = true) String reason) {
    }

    /** Lifts judged alike: what counts a rep, and the measures with their thresholds. */
    public record Family(@JsonProperty(required = true) String id, @JsonProperty(required = true) Signal signal,
                         @JsonProperty(required = true) List<String> lifts, @JsonProperty(required = true) List<MeasureRule> measures) {
    }

    /** What moves in a rep: the elbow bending (pulls), the arm sweeping at the shoulder (straight-arm pulls) or the hip opening (hinges). */
    public enum Signal { ELBOW_ANGLE, SHOULDER_ANGLE, HIP_ANGLE }

    /** How a measure is taken; see {@link RuleBasedSetAnalyzer}. */
    public enum Kind {
        /** How much the ear–shoulder distance shrank against the set's own start (a fraction). */
        EAR_SHOULDER_DROP("fraction"),
        /** The range of the torso's angle within a rep (degrees). */
        TORSO_ANGLE_RANGE("degrees"),
        /** How far the torso leaned back past upright (degrees). */
        LEAN_BACK("degrees"),
        /** How far the head and neck dropped forward of the hip–shoulder line against the start (degrees; an estimate). */
        SHOULDER_KINK("degrees");

        private final String unit;

        Kind(String unit) {
            this.unit = unit;
        }

        public String unit() {
            return unit;
        }
    }

    /** One measure: flagged when its value is above {@code threshold}; judged only from {@code views}. */
    public record MeasureRule(@JsonProperty(required = true) String name, @JsonProperty(required = true) Fault fault,
                              @JsonProperty(required = true) Kind kind, double threshold,
                              @JsonProperty(required = true) List<String> views, boolean estimate,
                              @JsonProperty(required = true) String reason) {
        public boolean judgedFrom(CameraView view) {
            return views.contains(view.id());
        }
    }

    /** The family a lift belongs to, or the {@code default} family. */
    public Family familyOf(String lift) {
        for (Family f : families) {
            if (lift != null && f.lifts().contains(lift)) {
                return f;
            }
        }
        return families.stream().filter(f -> f.id().equals("default")).findFirst().orElseThrow();
    }

    public boolean knows(String lift) {
        return families.stream().anyMatch(f -> f.lifts().contains(lift));
    }

    public Optional<MeasureRule> measure(String name) {
        return families.stream().flatMap(f -> f.measures().stream()).filter(m -> m.name().equals(name)).findFirst();
    }

    /** The built-in rules; a broken file is a bug in the build, reported with its field. */
    public static DetectorRules builtIn() {
        Assets.AssetFile file = Assets.read(ASSET);
        JavaType type = Json.mapper().getTypeFactory().constructType(DetectorRules.class);
        Assets.Parsed<DetectorRules> parsed = Assets.parse(file, type);
        if (!parsed.ok()) {
            throw new IllegalStateException(parsed.problem());
        }
        List<String> problems = parsed.value().problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(file.path() + ": " + problems.get(0));
        }
        return parsed.value();
    }

    /** Everything wrong with these rules, each naming its field. */
    public List<String> problems() {
        List<String> p = new ArrayList<>();
        Counting c = counting;
        if (!(c.bottomBelow() > 0 && c.bottomBelow() < c.topAbove() && c.topAbove() < 1)) {
            p.add("field 'counting': needs 0 < bottomBelow < topAbove < 1");
        }
        if (!(c.minRangeDegrees() > 0 && c.minRepSeconds() > 0 && c.smoothingSeconds() >= 0 && c.measureSmoothingSeconds() >= 0
                && c.baselineSeconds() > 0)) {
            p.add("field 'counting': minRangeDegrees, minRepSeconds and baselineSeconds must be more than 0");
        }
        if (!(c.minVisibility() >= 0 && c.minVisibility() <= 1)) {
            p.add("field 'counting.minVisibility': must be 0–1");
        }
        if (c.reason().isBlank()) {
            p.add("field 'counting.reason': say why");
        }
        if (families.stream().noneMatch(f -> f.id().equals("default"))) {
            p.add("field 'families': needs a \"default\" family for lifts not listed");
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < families.size(); i++) {
            Family f = families.get(i);
            for (String lift : f.lifts()) {
                if (seen.contains(lift)) {
                    p.add("field 'families[" + i + "].lifts': \"" + lift + "\" is in two families");
                }
                seen.add(lift);
            }
            for (Fault fault : Fault.values()) {
                if (f.measures().stream().noneMatch(m -> m.fault() == fault)) {
                    p.add("field 'families[" + i + "].measures': nothing measures " + fault);
                }
            }
            for (int j = 0; j < f.measures().size(); j++) {
                MeasureRule m = f.measures().get(j);
                String at = "field 'families[" + i + "].measures[" + j + "]";
                if (!(m.threshold() > 0 && (m.kind().unit().equals("degrees") ? m.threshold() < 90 : m.threshold() < 1))) {
                    p.add(at + ".threshold': out of range for " + m.kind().unit());
                }
                if (m.reason().isBlank()) {
                    p.add(at + ".reason': say why the threshold is what it is");
                }
                if (m.views().isEmpty() || m.views().stream().anyMatch(v -> CameraView.fromId(v).isEmpty())) {
                    p.add(at + ".views': list side, front or back");
                }
                if (m.fault() == Fault.ROUNDING && (!m.estimate() || m.views().stream().anyMatch(v -> !v.equals("side")))) {
                    p.add(at + "': rounding can only be estimated, and only from the side");
                }
            }
        }
        return p;
    }
}
