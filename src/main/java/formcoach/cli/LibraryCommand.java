package formcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import formcoach.library.Category;
import formcoach.library.Equipment;
import formcoach.library.Exercise;
import formcoach.library.ExerciseCatalog;
import formcoach.library.FaultCue;
import formcoach.library.FeelMap;
import formcoach.library.ImportReport;
import formcoach.library.JsonId;
import formcoach.library.Library;
import formcoach.library.LibraryException;
import formcoach.library.Mistake;
import formcoach.library.Muscle;
import formcoach.library.Origin;
import formcoach.library.Problem;
import formcoach.library.SearchFilter;
import formcoach.library.SearchHit;
import formcoach.store.Json;
import formcoach.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code formcoach library ...}: the exercise library from the command line, over the same core as the app. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = "The exercise library: list, show, search, import and export exercises.",
        subcommands = {LibraryCommand.ListCommand.class, LibraryCommand.ShowCommand.class, LibraryCommand.SearchCommand.class,
                LibraryCommand.ImportCommand.class, LibraryCommand.ExportCommand.class, LibraryCommand.CheckCommand.class,
                LibraryFigureCommand.class})
public final class LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: list, show, search, import, export or check");
    }

    static Library load(CommandSpec spec) throws StoreException {
        Library lib = Library.load(FormCoachCommand.contextOf(spec).store());
        PrintWriter err = spec.commandLine().getErr();
        // files moved aside are worth a note; content problems are for `library check`
        for (String p : lib.problems()) {
            if (!p.startsWith("assets/")) {
                err.println("formcoach: note: " + p);
            }
        }
        err.flush();
        return lib;
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every exercise: built in, imported and your own.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the exercises as JSON (the assets schema plus source).")
        boolean json;

        @Override
        public Integer call() throws StoreException {
            Library lib = load(spec);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(lib.all()));
            } else {
                table(out, lib.all());
                out.println(lib.all().size() + " exercises (" + lib.counts().entrySet().stream()
                        .sorted(java.util.Map.Entry.comparingByKey())
                        .map(e -> e.getValue() + " " + e.getKey().displayName().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ")");
            }
            return Cli.OK;
        }
    }

    static void table(PrintWriter out, List<Exercise> list) {
        int idWidth = list.stream().mapToInt(e -> e.id().length()).max().orElse(2);
        int nameWidth = Math.min(48, list.stream().mapToInt(e -> e.name().length()).max().orElse(4));
        for (Exercise e : list) {
            String name = e.name().length() > nameWidth ? e.name().substring(0, nameWidth - 1) + "…" : e.name();
            out.printf(java.util.Locale.ROOT, "%-" + idWidth + "s  %-" + nameWidth + "s  %-10s  %s%n", e.id(), name, e.category().id(),
                    e.source().displayName());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one exercise: steps, tempo and each fault with its cue and fix.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The exercise id, e.g. barbell-bent-over-row.")
        String id;

        @Option(names = "--json", description = "Print the exercise as JSON.")
        boolean json;

        @Override
        public Integer call() throws StoreException {
            Library lib = load(spec);
            Exercise e = lib.find(id).orElseThrow(() -> unknown(lib, id));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(withTwin(e, lib)));
            } else {
                print(out, e, lib);
            }
            return Cli.OK;
        }
    }

    /**
     * The exercise as JSON, plus {@code "twin": {"id", "name"}} when it is an imported lift that is
     * the same movement as one of ours (its fault cards and fixes are the twin's).
     */
    static Object withTwin(Exercise e, Library lib) {
        com.fasterxml.jackson.databind.node.ObjectNode node = Json.mapper().valueToTree(e);
        lib.twinOf(e).ifPresent(t -> node.putObject("twin").put("id", t.id()).put("name", t.name()));
        return node;
    }

    static BadInputException unknown(Library lib, String id) {
        List<SearchHit> close = id.length() < 5 ? List.of() : lib.search(id.replace('-', ' '), SearchFilter.NONE, 1);
        String hint = close.isEmpty() ? "" : " (closest: " + close.get(0).exercise().id() + ")";
        return new BadInputException("no exercise with id '" + id + "'" + hint);
    }

    static void print(PrintWriter out, Exercise e, Library lib) {
        out.println(e.name() + "  (" + e.id() + ")");
        List<String> line = new ArrayList<>();
        line.add(e.category().displayName());
        if (e.level() != null) {
            line.add(e.level().displayName());
        }
        if (!e.equipment().isEmpty()) {
            line.add(e.equipment().stream().map(Equipment::displayName).collect(Collectors.joining(", ")));
        }
        line.add(e.source().displayName());
        out.println(String.join(" · ", line));
        if (!e.aliases().isEmpty()) {
            out.println("Also called: " + String.join(", ", e.aliases()));
        }
        lib.twinOf(e).ifPresent(t -> out.println("Same movement as our " + t.name() + " (" + t.id()
                + "): see `library show " + t.id() + "` for its fault cards and fixes."));
        out.println("Primary muscles: " + names(e.muscles().primary()));
        if (!e.muscles().secondary().isEmpty()) {
            out.println("Secondary muscles: " + names(e.muscles().secondary()));
        }
        field(out, "", e.summary());
        field(out, "Cue: ", e.cue());
        field(out, "Tempo: ", e.tempo());
        field(out, "Breathing: ", e.breathing());
        steps(out, "Setup", e.setup());
        steps(out, "Execution", e.execution());
        if (!e.faults().isEmpty()) {
            out.println();
            out.println("Faults:");
            for (FaultCue f : e.faults()) {
                out.println("  " + f.fault().displayName().toUpperCase(java.util.Locale.ROOT)
                        + (f.cue().isBlank() ? "" : " — cue: \"" + f.cue() + "\""));
                field(out, "    Looks like: ", f.looksLike());
                field(out, "    Feels like: ", f.feelsLike());
                field(out, "    Why it hurts: ", f.whyItHurts());
                field(out, "    Fix: ", f.fix());
                field(out, "    Self-check: ", f.selfCheck());
                if (!f.regression().isBlank()) {
                    String name = lib.find(f.regression()).map(Exercise::name).orElse("?");
                    out.println("    Easier: " + name + " (" + f.regression() + ")");
                }
            }
        }
        if (!e.mistakes().isEmpty()) {
            out.println();
            out.println("Common mistakes:");
            for (Mistake m : e.mistakes()) {
                out.println("  - " + m.mistake() + " → " + m.fix());
            }
        }
        if (!e.images().isEmpty()) {
            out.println();
            out.println("Pictures: " + String.join(", ", e.images()));
        }
    }

    private static String names(List<Muscle> muscles) {
        return muscles.isEmpty() ? "(none listed)" : muscles.stream().map(Muscle::displayName).collect(Collectors.joining(", "));
    }

    private static void field(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            if (label.isEmpty()) {
                out.println();
            }
            out.println(label + value);
        }
    }

    private static void steps(PrintWriter out, String title, List<String> steps) {
        if (steps.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        for (int i = 0; i < steps.size(); i++) {
            out.println("  " + (i + 1) + ". " + steps.get(i));
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Search names and aliases, typos welcome (\"bentover rwo\", \"latpulldown\", \"RDL\").")
    static final class SearchCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TEXT", description = "What to look for; \"\" lists everything the filters let through.")
        String text;

        @Option(names = "--category", paramLabel = "CATEGORY", split = ",", description = "Only these categories (row, pulldown, pullup, deadlift, corrective, warmup, stretch, mobility, other).")
        List<String> categories = List.of();

        @Option(names = "--muscle", paramLabel = "MUSCLE", split = ",", description = "Only exercises that train one of these muscles (ids such as rhomboids).")
        List<String> muscles = List.of();

        @Option(names = "--equipment", paramLabel = "EQUIPMENT", split = ",", description = "Only exercises using one of these (barbell, cable, band...).")
        List<String> equipment = List.of();

        @Option(names = "--fault", paramLabel = "FAULT", split = ",", description = "Only exercises with an entry for one of these faults (SHRUGGING, ROUNDING, MOMENTUM).")
        List<String> faults = List.of();

        @Option(names = "--source", paramLabel = "SOURCE", split = ",", description = "Only exercises that are ours (built in), yours, or imported: ours, yours, imported.")
        List<String> sources = List.of();

        @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default ${DEFAULT-VALUE}; 0 for all).")
        int limit;

        @Option(names = "--json", description = "Print the matching exercises as JSON, best first.")
        boolean json;

        @Override
        public Integer call() throws StoreException {
            if (limit < 0) {
                throw new BadInputException("--limit must be 0 or more, not " + limit);
            }
            SearchFilter filter = new SearchFilter(parse(Category.class, "--category", categories), parse(Muscle.class, "--muscle", muscles),
                    parse(Equipment.class, "--equipment", equipment), parse(formcoach.library.Fault.class, "--fault", faults),
                    parse(Origin.class, "--source", sources));
            Library lib = load(spec);
            List<SearchHit> hits = lib.search(text, filter, limit == 0 ? Integer.MAX_VALUE : limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(hits.stream().map(SearchHit::exercise).toList()));
                return Cli.OK;
            }
            if (hits.isEmpty()) {
                out.println("No exercise matches \"" + text + "\".");
                return Cli.OK;
            }
            int idWidth = hits.stream().mapToInt(h -> h.exercise().id().length()).max().orElse(2);
            for (SearchHit h : hits) {
                Exercise e = h.exercise();
                String via = h.matched().equals(e.name()) ? "" : "  (as \"" + h.matched() + "\")";
                out.printf(java.util.Locale.ROOT, "%-" + idWidth + "s  %s  [%s]%s%n", e.id(), e.name(), e.category().id(), via);
            }
            return Cli.OK;
        }
    }

    static <E extends Enum<E> & JsonId> Set<E> parse(Class<E> type, String option, List<String> values) {
        Set<E> out = EnumSet.noneOf(type);
        for (String v : values) {
            try {
                out.add(fromId(type, v.strip()));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(option + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** Ids as the files spell them, but any letter case is fine on the command line. */
    private static <E extends Enum<E> & JsonId> E fromId(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equalsIgnoreCase(value)) {
                return e;
            }
        }
        return JsonId.parse(type, type.getSimpleName().toLowerCase(java.util.Locale.ROOT), value);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a free-exercise-db file or a Form Coach export. A malformed file is refused whole; same id updates.",
                    "Prints how many were added, updated, unchanged and skipped."})
    static final class ImportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The JSON file to import.")
        Path file;

        @Option(names = "--json", description = "Print the report as JSON.")
        boolean json;

        @Override
        public Integer call() throws StoreException {
            Library lib = load(spec);
            ImportReport r;
            try {
                r = lib.importFile(file);
            } catch (LibraryException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(json(r));
                return Cli.OK;
            }
            out.println("Imported " + r.file() + " (" + r.format() + "): " + r.records() + " records — " + r.added() + " added, "
                    + r.updated() + " updated, " + r.unchanged() + " unchanged, " + r.skipped() + " skipped.");
            int shown = 0;
            for (String note : r.notes()) {
                if (shown++ == 10) {
                    out.println("  … and " + (r.notes().size() - 10) + " more notes");
                    break;
                }
                out.println("  " + note);
            }
            return Cli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the library (or only your own exercises) to a file in Form Coach's format.")
    static final class ExportCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Where to write the JSON file.")
        Path file;

        @Option(names = "--custom-only", description = "Only the exercises you created.")
        boolean customOnly;

        @Option(names = "--force", description = "Replace FILE if it already exists.")
        boolean force;

        @Override
        public Integer call() throws StoreException {
            formcoach.store.OutputFiles.notReplaceable(file).ifPresent(why -> {
                throw new BadInputException(file + " " + why);
            });
            if (formcoach.store.OutputFiles.exists(file) && !force) {
                throw new BadInputException(file + " already exists; add --force to replace it");
            }
            Library lib = load(spec);
            int n;
            try {
                n = lib.export(file, customOnly);
            } catch (LibraryException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println("Exported " + n + (customOnly ? " of your own" : "") + " exercise" + (n == 1 ? "" : "s")
                    + " to " + file);
            return Cli.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check the built-in exercise files and the feel map against the content rules; exit 2 when something is wrong.")
    static final class CheckCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ExerciseCatalog.Result catalog = ExerciseCatalog.loadBuiltin();
            FeelMap.Result feel = FeelMap.loadBuiltin();
            List<String> problems = new ArrayList<>();
            catalog.problems().forEach(p -> problems.add(p.toString()));
            feel.problems().stream().map(Problem::toString).forEach(problems::add);
            feel.map().unknownExerciseIds(catalog.exercises()).forEach(id -> problems.add("assets/" + FeelMap.ASSET
                    + ": byExercise." + id + ": no exercise with this id"));
            PrintWriter out = spec.commandLine().getOut();
            problems.forEach(out::println);
            out.println(catalog.exercises().size() + " exercises checked, " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + ".");
            if (!problems.isEmpty()) {
                throw new BadInputException(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the exercise content (listed above)");
            }
            return Cli.OK;
        }
    }
}
