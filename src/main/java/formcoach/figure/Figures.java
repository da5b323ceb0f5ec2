package formcoach.figure;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.library.Fault;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifts that have a figure, read from {@code assets/figures/}. A file with a problem is left out
 * and the problem (file and field) is listed; the others still load.
 */
public final class Figures {
    private static volatile Figures builtIn;

    private final Map<String, FigureAsset> byLift;
    private final List<String> problems;

    private Figures(Map<String, FigureAsset> byLift, List<String> problems) {
        this.byLift = Collections.unmodifiableMap(byLift);
        this.problems = List.copyOf(problems);
    }

    /** The built-in figures, read once. */
    public static Figures builtIn() {
        Figures f = builtIn;
        if (f == null) {
            synchronized (Figures.class) {
                if (builtIn == null) {
                    builtIn = load(Assets.list("figures"));
                }
                f = builtIn;
            }
        }
        return f;
    }

    public static Figures load(List<Assets.AssetFile> files) {
        JavaType type = Json.mapper().getTypeFactory().constructType(FigureAsset.class);
        Map<String, FigureAsset> out = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Assets.AssetFile file : files) {
            Assets.Parsed<FigureAsset> parsed = Assets.parse(file, type);
            if (!parsed.ok()) {
                problems.add(parsed.problem());
                continue;
            }
            List<String> found = check(parsed.value());
            String expected = file.path().substring(file.path().lastIndexOf('/') + 1);
            if (parsed.value().lift() != null && !expected.equals(parsed.value().lift() + ".json")) {
                found.add(0, "field 'lift': \"" + parsed.value().lift() + "\" does not match the file name");
            }
            if (out.containsKey(parsed.value().lift())) {
                found.add("field 'lift': a second figure for \"" + parsed.value().lift() + "\"");
            }
            if (found.isEmpty()) {
                out.put(parsed.value().lift(), parsed.value());
            } else {
                found.forEach(p -> problems.add(file.path() + ": " + p));
            }
        }
        return new Figures(out, problems);
    }

    public Optional<FigureAsset> find(String lift) {
        return Optional.ofNullable(byLift.get(lift));
    }

    /**
     * The figure for any exercise id: our lift's own, or, for a lift imported from free-exercise-db
     * that {@code assets/library/twins.json} names as the same movement as ours, our twin's.
     */
    public Optional<FigureAsset> forExercise(String exerciseId) {
        if (exerciseId == null || exerciseId.isBlank()) {
            return Optional.empty();
        }
        FigureAsset own = byLift.get(exerciseId);
        if (own != null) {
            return Optional.of(own);
        }
        String twin = importedTwins().get(exerciseId);
        return twin == null ? Optional.empty() : Optional.ofNullable(byLift.get(twin));
    }

    private static volatile Map<String, String> importedTwins;

    /** Our stored id of an imported lift ({@code fedb-bent-over-barbell-row}) → our twin's id; read once. */
    private static Map<String, String> importedTwins() {
        Map<String, String> m = importedTwins;
        if (m == null) {
            Map<String, String> out = new java.util.HashMap<>();
            formcoach.library.Twins.loadBuiltin().twins().byTheirId()
                    .forEach((theirs, ours) -> formcoach.library.FreeExerciseDbMapping.ourId(theirs).ifPresent(id -> out.put(id, ours)));
            m = Map.copyOf(out);
            importedTwins = m;
        }
        return m;
    }

    public Map<String, FigureAsset> all() {
        return byLift;
    }

    public List<String> problems() {
        return problems;
    }

    /** Every problem in one figure, each naming its field. */
    public static List<String> check(FigureAsset a) {
        List<String> p = new ArrayList<>();
        if (a.lift() == null || a.lift().isBlank()) {
            p.add("field 'lift': missing");
        }
        if (a.about() == null || a.about().isBlank()) {
            p.add("field 'about': say in a sentence what the figure shows");
        }
        tempo(p, "tempo", a.tempo());
        if (a.anchorAt() == null || a.anchorAt().size() != 2) {
            p.add("field 'anchorAt': must be [forward, up] in metres");
        }
        boolean cable = a.equipment() == FigureAsset.Equipment.CABLE_HANDLE || a.equipment() == FigureAsset.Equipment.LAT_BAR;
        if (cable && (a.pulley() == null || a.pulley().size() != 2)) {
            p.add("field 'pulley': a cable lift needs [forward, up] of the pulley");
        }
        if (a.views() == null || !a.views().contains("side") || a.views().stream().anyMatch(v -> FigureView.fromId(v).isEmpty())) {
            p.add("field 'views': must include \"side\" and list only \"side\" and \"back\"");
        }
        if (a.setup().isEmpty()) {
            p.add("field 'setup': needs at least one key position (how the lifter gets into the start)");
        }
        for (int i = 0; i < a.setup().size(); i++) {
            FigureAsset.SetupKey k = a.setup().get(i);
            if (i > 0 && !(k.seconds() > 0 && k.seconds() <= 5)) {
                p.add("field 'setup[" + i + "].seconds': must be more than 0 and at most 5");
            }
            pose(p, "setup[" + i + "].pose", k.pose(), false);
        }
        if (a.rep().isEmpty() || !"pull".equals(a.rep().get(0).phase()) || a.rep().get(0).at() != 0) {
            p.add("field 'rep[0]': the rep must start with the key position at pull 0 (the start)");
        }
        keys(p, "rep", a.rep(), false);
        if (a.faults() == null || a.faults().size() != Fault.values().length) {
            p.add("field 'faults': needs SHRUGGING, ROUNDING and MOMENTUM");
        } else {
            for (Map.Entry<Fault, FigureAsset.FaultChange> e : a.faults().entrySet()) {
                String f = "faults." + e.getKey().name();
                FigureAsset.FaultChange c = e.getValue();
                if (c.shows() == null || c.shows().isBlank()) {
                    p.add("field '" + f + ".shows': say what the faulty rep shows");
                }
                if (c.tempo() != null) {
                    tempo(p, f + ".tempo", c.tempo());
                }
                if (c.changes().isEmpty()) {
                    p.add("field '" + f + ".changes': a fault needs at least one change");
                }
                keys(p, f + ".changes", c.changes(), true);
            }
        }
        return p;
    }

    private static void keys(List<String> p, String field, List<FigureAsset.RepKey> keys, boolean fault) {
        double last = -1;
        for (int i = 0; i < keys.size(); i++) {
            FigureAsset.RepKey k = keys.get(i);
            String f = field + "[" + i + "]";
            RepPhase phase = RepPhase.ofRepPhase(k.phase() == null ? "" : k.phase());
            if (phase == null) {
                p.add("field '" + f + ".phase': must be pull, squeeze or lower");
                continue;
            }
            if (!(k.at() >= 0 && k.at() <= 1)) {
                p.add("field '" + f + ".at': must be between 0 and 1");
                continue;
            }
            double order = phase.ordinal() + k.at();
            if (order <= last) {
                p.add("field '" + f + "': key positions must come in order (pull, squeeze, lower; 'at' rising)");
            }
            last = order;
            if (phase == RepPhase.LOWER && k.at() == 1) {
                p.add("field '" + f + "': the rep ends at its start position; lower 1 is implied");
            }
            if (fault && phase == RepPhase.PULL && k.at() == 0) {
                p.add("field '" + f + "': a fault starts from the clean start position; change it later in the rep");
            }
            pose(p, f + ".pose", k.pose(), fault);
        }
    }

    private static void pose(List<String> p, String field, Map<String, Double> pose, boolean delta) {
        for (Map.Entry<String, Double> e : pose.entrySet()) {
            Optional<PoseParam> param = PoseParam.fromKey(e.getKey());
            if (param.isEmpty()) {
                p.add("field '" + field + "." + e.getKey() + "': not a pose value (torso, round, head, shrug, thigh, shin, upperArm, ...)");
                continue;
            }
            Double v = e.getValue();
            double limit = param.get() == PoseParam.SHRUG ? 1.5 : param.get() == PoseParam.ROUND ? 80 : 270;
            if (v == null || !Double.isFinite(v) || Math.abs(v) > limit) {
                p.add("field '" + field + "." + e.getKey() + "': must be a number within ±" + (int) limit);
            }
        }
    }

    private static void tempo(List<String> p, String field, String tempo) {
        try {
            FigureTempo.parse(tempo);
        } catch (IllegalArgumentException e) {
            p.add("field '" + field + "': " + e.getMessage());
        }
    }
}
