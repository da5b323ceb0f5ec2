package formcoach.library;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The rules of content-schema.md. {@link Mode#CONTENT} is the full contract for the built-in assets;
 * {@link Mode#PERSONAL} is the structural part for exercises a person writes or imports (an import may
 * lack equipment or muscles; long-form texts are welcome but not required); what is filled in must
 * still be right.
 */
public final class ExerciseValidator {
    public static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    public static final Pattern NUMERIC_TEMPO = Pattern.compile("^\\d+-\\d+-\\d+$");
    public static final int MAX_CUE_WORDS = 8;

    public enum Mode {
        CONTENT,
        PERSONAL
    }

    /** A problem with one field of one exercise. */
    public record FieldProblem(String field, String message) {
    }

    private ExerciseValidator() {
    }

    /**
     * @param exists tells whether an exercise id exists (for fault regressions)
     */
    public static List<FieldProblem> validate(Exercise e, Mode mode, Predicate<String> exists) {
        List<FieldProblem> out = new ArrayList<>();
        boolean content = mode == Mode.CONTENT;
        if (e.id().isEmpty()) {
            out.add(new FieldProblem("id", "missing"));
        } else if (!ID.matcher(e.id()).matches()) {
            out.add(new FieldProblem("id", "'" + e.id() + "' must be lower-case words joined by '-' (like one-arm-dumbbell-row)"));
        }
        if (e.name().isBlank()) {
            out.add(new FieldProblem("name", "missing"));
        } else if (e.name().length() > 120) {
            out.add(new FieldProblem("name", "too long (" + e.name().length() + " characters, at most 120)"));
        }
        for (int i = 0; i < e.aliases().size(); i++) {
            if (e.aliases().get(i).isBlank()) {
                out.add(new FieldProblem("aliases[" + i + "]", "empty"));
            }
        }
        if (e.category() == null) {
            out.add(new FieldProblem("category", "missing (one of " + JsonId.known(Category.class) + ")"));
        }
        if (content && e.equipment().isEmpty()) {
            out.add(new FieldProblem("equipment", "name at least one (body-only when none is needed)"));
        } else if (new HashSet<>(e.equipment()).size() != e.equipment().size()) {
            out.add(new FieldProblem("equipment", "lists the same item twice"));
        }
        if (e.level() == null) {
            out.add(new FieldProblem("level", "missing (one of " + JsonId.known(Level.class) + ")"));
        }
        checkMuscles(e.muscles(), content, out);
        text(out, content, "summary", e.summary());
        checkCue(out, content, "cue", e.cue());
        steps(out, content, "setup", e.setup());
        steps(out, content, "execution", e.execution());
        text(out, content, "breathing", e.breathing());
        checkTempo(e, content, out);
        checkFaults(e, mode, exists, out);
        if (content && e.category() != null && e.category().needsMistakes() && e.mistakes().isEmpty()) {
            out.add(new FieldProblem("mistakes", "at least one common mistake is needed for a " + e.category().id()));
        }
        for (int i = 0; i < e.mistakes().size(); i++) {
            Mistake m = e.mistakes().get(i);
            if (m.mistake().isBlank()) {
                out.add(new FieldProblem("mistakes[" + i + "].mistake", "empty"));
            }
            if (m.fix().isBlank()) {
                out.add(new FieldProblem("mistakes[" + i + "].fix", "empty"));
            }
        }
        return out;
    }

    private static void checkMuscles(Muscles m, boolean content, List<FieldProblem> out) {
        if (content && m.primary().isEmpty()) {
            out.add(new FieldProblem("muscles.primary", "name at least one primary muscle"));
        }
        for (Muscle both : m.primary()) {
            if (m.secondary().contains(both)) {
                out.add(new FieldProblem("muscles", both.id() + " is in both primary and secondary"));
            }
        }
        if (new HashSet<>(m.primary()).size() != m.primary().size()) {
            out.add(new FieldProblem("muscles.primary", "lists the same muscle twice"));
        }
        if (new HashSet<>(m.secondary()).size() != m.secondary().size()) {
            out.add(new FieldProblem("muscles.secondary", "lists the same muscle twice"));
        }
    }

    private static void checkTempo(Exercise e, boolean content, List<FieldProblem> out) {
        String tempo = e.tempo().strip();
        if (tempo.isEmpty()) {
            text(out, content, "tempo", tempo);
        } else if (e.category() != null && e.category().usesNumericTempo() && !NUMERIC_TEMPO.matcher(tempo).matches()) {
            out.add(new FieldProblem("tempo", "'" + tempo + "' must be pull-squeeze-lower in whole seconds, like 2-1-2"));
        }
    }

    private static void checkFaults(Exercise e, Mode mode, Predicate<String> exists, List<FieldProblem> out) {
        boolean content = mode == Mode.CONTENT;
        Set<Fault> seen = EnumSet.noneOf(Fault.class);
        for (int i = 0; i < e.faults().size(); i++) {
            FaultCue f = e.faults().get(i);
            String at = "faults[" + i + "]";
            if (f.fault() == null) {
                out.add(new FieldProblem(at + ".fault", "missing (one of " + JsonId.known(Fault.class) + ")"));
            } else if (!seen.add(f.fault())) {
                out.add(new FieldProblem(at + ".fault", f.fault() + " appears twice"));
            }
            text(out, content, at + ".looksLike", f.looksLike());
            text(out, content, at + ".feelsLike", f.feelsLike());
            text(out, content, at + ".whyItHurts", f.whyItHurts());
            text(out, true, at + ".fix", f.fix());
            checkCue(out, true, at + ".cue", f.cue());
            text(out, content, at + ".selfCheck", f.selfCheck());
            String reg = f.regression().strip();
            if (reg.isEmpty()) {
                text(out, content, at + ".regression", reg);
            } else if (reg.equals(e.id())) {
                out.add(new FieldProblem(at + ".regression", "points at the exercise itself; name an easier one"));
            } else if (!exists.test(reg)) {
                out.add(new FieldProblem(at + ".regression", "no exercise with id '" + reg + "'"));
            }
        }
        if (content && e.isLift()) {
            for (Fault f : Fault.values()) {
                if (!seen.contains(f)) {
                    out.add(new FieldProblem("faults", "missing " + f));
                }
            }
        }
    }

    private static void checkCue(List<FieldProblem> out, boolean required, String field, String cue) {
        if (cue.isBlank()) {
            text(out, required, field, cue);
            return;
        }
        int words = Exercise.wordCount(cue);
        if (words > MAX_CUE_WORDS) {
            out.add(new FieldProblem(field, words + " words; a cue has at most " + MAX_CUE_WORDS));
        }
    }

    private static void text(List<FieldProblem> out, boolean required, String field, String value) {
        if (required && value.isBlank()) {
            out.add(new FieldProblem(field, "empty"));
        }
    }

    private static void steps(List<FieldProblem> out, boolean content, String field, List<String> steps) {
        if (content && steps.size() < 2) {
            out.add(new FieldProblem(field, "needs at least 2 steps (has " + steps.size() + ")"));
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isBlank()) {
                out.add(new FieldProblem(field + "[" + i + "]", "empty step"));
            }
        }
    }
}
