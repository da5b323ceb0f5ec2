package formcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import formcoach.store.Json;
import formcoach.store.Settings;
import formcoach.store.StoreException;
import formcoach.timer.Durations;
import formcoach.timer.KnownExercises;
import formcoach.timer.Routine;
import formcoach.timer.RoutineException;
import formcoach.timer.RoutineJson;
import formcoach.timer.RoutineStep;
import formcoach.timer.Routines;
import formcoach.timer.TimerPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code formcoach routine list|show|import|export}: the timer's routines, in the same JSON format as the files. */
@Command(name = "routine", mixinStandardHelpOptions = true,
        description = "List, show, import and export warm-up, cool-down and your own timer routines.",
        subcommands = {RoutineCommand.ListRoutines.class, RoutineCommand.Show.class, RoutineCommand.Import.class,
                RoutineCommand.Export.class})
public final class RoutineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new BadInputException("routine needs a command: list, show ID, import FILE or export ID FILE");
    }

    /** Exercise ids a routine may use; the exercise files in the assets, once they are there. */
    static Set<String> knownExercises() {
        return KnownExercises.fromAssetsOrContract();
    }

    static Routines routines(CommandSpec spec) throws StoreException {
        CliContext ctx = FormCoachCommand.contextOf(spec);
        Routines r = Routines.load(ctx.store(), knownExercises()::contains);
        PrintWriter err = spec.commandLine().getErr();
        for (String notice : r.notices()) {
            err.println("formcoach: note: " + notice);
        }
        err.flush();
        return r;
    }

    static Routine find(Routines routines, String id) {
        return routines.find(id).orElseThrow(() ->
                new BadInputException("no routine with id '" + id + "' (see 'formcoach routine list')"));
    }

    static int leadIn(CommandSpec spec) {
        try {
            return Settings.load(FormCoachCommand.contextOf(spec).store()).value().leadInSeconds();
        } catch (StoreException e) {
            return TimerPlan.DEFAULT_LEAD_IN_SECONDS;
        }
    }

    /** Running time with lead-ins and switch pauses, or the bare work time if the routine cannot be timed. */
    static long runningSeconds(Routine r, int leadIn) {
        try {
            return TimerPlan.of(r, leadIn, TimerPlan.DEFAULT_SWITCH_SECONDS).totalNanos() / 1_000_000_000L;
        } catch (IllegalArgumentException e) {
            return r.workSeconds();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every routine: built in first, then yours.")
    static final class ListRoutines implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the routines as a JSON array in the routine format.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Routines routines = routines(spec);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.mapper().writeValueAsString(routines.all()));
                return 0;
            }
            int leadIn = leadIn(spec);
            int w = Math.max(2, routines.all().stream().mapToInt(r -> r.id().length()).max().orElse(2));
            out.printf(java.util.Locale.ROOT, "%-" + w + "s  %-8s  %7s  %5s  %s%n", "ID", "KIND", "TIME", "STEPS", "NAME");
            for (Routine r : routines.all()) {
                out.printf(java.util.Locale.ROOT, "%-" + w + "s  %-8s  %7s  %5d  %s%s%n", r.id(), r.kind() == null ? "?" : r.kind().id(),
                        Durations.clock(runningSeconds(r, leadIn)), r.steps().size(), r.name(),
                        routines.isBuiltin(r.id()) ? " (built in)" : "");
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one routine's steps and total time.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The routine's id (see 'formcoach routine list').")
        String id;

        @Option(names = "--json", description = "Print the routine in the routine format.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Routines routines = routines(spec);
            Routine r = find(routines, id);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new String(RoutineJson.write(r), StandardCharsets.UTF_8));
                return 0;
            }
            out.println(r.name() + " (" + r.id() + "), " + (r.kind() == null ? "?" : r.kind().label().toLowerCase(java.util.Locale.ROOT))
                    + (routines.isBuiltin(r.id()) ? ", built in" : ""));
            if (r.description() != null) {
                out.println(r.description());
            }
            out.println("Total: " + Durations.words(runningSeconds(r, leadIn(spec))) + " with lead-ins and pauses ("
                    + Durations.words(r.workSeconds()) + " of work)");
            out.println();
            for (int i = 0; i < r.steps().size(); i++) {
                RoutineStep s = r.steps().get(i);
                String time = Durations.words(s.seconds()) + (s.sides() == 2 ? " each side" : "")
                        + (s.reps() != null ? ", " + s.reps() + " reps" : "");
                out.printf(java.util.Locale.ROOT, "%2d. %-30s %-22s %s%n", i + 1, s.name(), time, s.exerciseId());
                if (s.note() != null) {
                    out.println("    " + s.note());
                }
            }
            routines.validate(r).forEach(p -> out.println("problem: " + p.text()));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add a routine from a JSON file in the routine format. A bad file is refused and nothing changes.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The routine file.")
        Path file;

        @Override
        public Integer call() throws Exception {
            Routines routines = routines(spec);
            Routines.Imported imported;
            try {
                imported = routines.importFrom(file);
            } catch (RoutineException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            Routine r = imported.routine();
            String why = !imported.idChanged() ? ""
                    : imported.requestedId() == null ? " (the file had no id)"
                    : " (the id '" + imported.requestedId() + "' was already taken or not usable)";
            spec.commandLine().getOut().println("Imported '" + r.name() + "' as " + r.id() + why + ".");
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a routine to a JSON file in the routine format.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The routine's id.")
        String id;

        @Parameters(index = "1", paramLabel = "FILE", description = "The file to write; an existing file is kept unless --force.")
        Path file;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        @Override
        public Integer call() throws StoreException, JsonProcessingException {
            Routines routines = routines(spec);
            find(routines, id);
            try {
                routines.exportTo(id, file, force);
            } catch (RoutineException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println("Wrote " + id + " to " + file + ".");
            return 0;
        }
    }
}
