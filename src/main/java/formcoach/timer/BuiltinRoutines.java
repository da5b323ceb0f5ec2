package formcoach.timer;

import formcoach.store.Assets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The read-only routines shipped in {@code assets/routines/}, one file per routine named after its id. */
public final class BuiltinRoutines {
    public static final String FOLDER = "routines";

    private BuiltinRoutines() {
    }

    /**
     * @param routines the built-ins that read and pass validation, in file-name order
     * @param problems one line per file that was left out, naming the file, step and field
     */
    public record Result(List<Routine> routines, List<String> problems) {
        public Result {
            routines = List.copyOf(routines);
            problems = List.copyOf(problems);
        }
    }

    public static Result load(RoutineValidator validator) {
        List<Routine> ok = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Assets.AssetFile f : Assets.list(FOLDER)) {
            Routine r;
            try {
                r = RoutineJson.parse(f.bytes());
            } catch (RoutineException e) {
                problems.add(f.path() + ": " + e.getMessage());
                continue;
            }
            List<RoutineProblem> found = validator.validate(r);
            if (!found.isEmpty()) {
                problems.add(f.path() + ": " + found.get(0).text()
                        + (found.size() > 1 ? " (and " + (found.size() - 1) + " more)" : ""));
                continue;
            }
            String expectedFile = r.id() + ".json";
            if (!f.path().endsWith("/" + expectedFile)) {
                problems.add(f.path() + ": id '" + r.id() + "' does not match the file name (expected " + expectedFile + ")");
                continue;
            }
            if (!ids.add(r.id())) {
                problems.add(f.path() + ": id '" + r.id() + "' is used twice");
                continue;
            }
            ok.add(r);
        }
        return new Result(ok, problems);
    }
}
