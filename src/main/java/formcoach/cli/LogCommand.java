package formcoach.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import formcoach.library.Exercise;
import formcoach.library.Library;
import formcoach.library.SearchFilter;
import formcoach.library.SearchHit;
import formcoach.log.Insights;
import formcoach.log.LogBook;
import formcoach.log.LogExport;
import formcoach.log.LogImportException;
import formcoach.log.LoggedSet;
import formcoach.log.MuscleGroup;
import formcoach.log.NameMapper;
import formcoach.log.Session;
import formcoach.log.SetSyntax;
import formcoach.log.SetSyntaxException;
import formcoach.log.WeightUnit;
import formcoach.store.Json;
import formcoach.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code formcoach log import|list|export|add|stats|review}: the training log. */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "The training log: import Strong or Hevy exports, add sets, list, export, and weekly statistics.",
        subcommands = {LogCommand.Import.class, LogCommand.ListSessions.class, LogCommand.Export.class, LogCommand.Add.class,
                LogCommand.Stats.class, LogCommand.Review.class, LogCommand.Unit.class})
public final class LogCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new BadInputException("log needs a command: import FILE, list, export FILE, add EXERCISE SETS…, stats or review");
    }

    static LogBook open(CommandSpec spec) throws StoreException {
        CliContext ctx = FormCoachCommand.contextOf(spec);
        Library lib = Library.load(ctx.store());
        LogBook book = LogBook.open(ctx.store(), ctx.clock(), lib.all());
        PrintWriter err = spec.commandLine().getErr();
        for (String n : book.log().notices()) {
            err.println("formcoach: note: " + n);
        }
        err.flush();
        return book;
    }

    static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static String num(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a Strong or Hevy CSV export (or a Form Coach log export).",
                    "Importing the same file again adds nothing. A bad row stops the import with nothing changed."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "strong.csv, workout_data.csv or a 'log export' JSON file.")
        Path file;

        @Option(names = "--unit", paramLabel = "kg|lb",
                description = "The unit of weights in a Strong export that does not say (default: the log's unit).")
        String unit;

        @Option(names = "--json", description = "Print the import report as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Optional<WeightUnit> u = Optional.empty();
            if (unit != null) {
                u = Optional.of(WeightUnit.parse(unit).orElseThrow(() -> new BadInputException("--unit must be kg or lb, not '" + unit + "'")));
            }
            LogBook book = open(spec);
            LogBook.ImportReport r;
            try {
                r = book.importFile(file, u);
            } catch (LogImportException e) {
                throw new BadInputException(file.getFileName() + ": " + e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode root = Json.mapper().createObjectNode();
                root.put("format", r.format());
                root.put("sessionsInFile", r.sessionsInFile());
                root.put("setsInFile", r.setsInFile());
                root.put("workingSetsInFile", r.workingSetsInFile());
                root.put("added", r.added());
                root.put("alreadyThere", r.alreadyThere());
                root.put("leftOutRows", r.leftOutRows());
                ObjectNode names = root.putObject("names");
                r.names().forEach((k, v) -> names.put(k, v.name().toLowerCase(Locale.ROOT)));
                ArrayNode un = root.putArray("unmatched");
                for (LogBook.Unmatched m : r.unmatched()) {
                    ObjectNode o = un.addObject();
                    o.put("name", m.name());
                    o.put("sessions", m.sessions());
                    o.put("sets", m.sets());
                    ArrayNode s = o.putArray("suggestions");
                    m.suggestions().forEach(e -> s.add(e.id()));
                }
                out.println(Json.mapper().writeValueAsString(root));
                return Cli.OK;
            }
            out.println("Read " + r.format() + ": " + r.sessionsInFile() + " sessions, " + r.setsInFile() + " sets ("
                    + r.workingSetsInFile() + " working)" + (r.leftOutRows() > 0 ? ", " + r.leftOutRows() + " rows without a set left out" : "") + ".");
            out.println("Added " + r.added() + (r.added() == 1 ? " session" : " sessions")
                    + (r.alreadyThere() > 0 ? "; " + r.alreadyThere() + (r.alreadyThere() == 1 ? " was" : " were") + " already in the log" : "") + ".");
            long mapped = r.names().values().stream().filter(h -> h != NameMapper.How.UNMATCHED && h != NameMapper.How.OWN).count();
            out.println(mapped + " of " + r.names().size() + " exercise names matched the library.");
            if (!r.unmatched().isEmpty()) {
                out.println("Not matched yet (pick one with 'formcoach log review NAME --as ID' or keep it with --own):");
                for (LogBook.Unmatched m : r.unmatched()) {
                    out.println("  " + m.name() + "  — " + m.sets() + " sets"
                            + (m.suggestions().isEmpty() ? "" : "; maybe " + String.join(", ", m.suggestions().stream().limit(3).map(Exercise::id).toList())));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sessions in the log, oldest first.")
    static final class ListSessions implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print the sessions as a JSON array.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            LogBook book = open(spec);
            PrintWriter out = spec.commandLine().getOut();
            List<Session> sessions = book.log().sessions();
            if (json) {
                out.println(Json.mapper().writeValueAsString(sessions));
                return Cli.OK;
            }
            if (sessions.isEmpty()) {
                out.println("The log is empty. Add sets with 'formcoach log add' or import with 'formcoach log import FILE'.");
                return Cli.OK;
            }
            out.printf(Locale.ROOT, "%-11s  %-16s  %-8s  %4s  %4s  %s%n", "ID", "WHEN", "WEEK", "EX.", "SETS", "WORKOUT");
            for (Session s : sessions) {
                out.printf(Locale.ROOT, "%-11s  %-16s  %-8s  %4d  %4d  %s%n", s.id(), s.start().format(WHEN), s.isoWeek(),
                        s.exercises().size(), s.workingSets(), s.title().isEmpty() ? "(" + s.source() + ")" : s.title());
            }
            return Cli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export the whole log: CSV when FILE ends in .csv, else Form Coach JSON (which 'log import' reads back).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            LogBook book = open(spec);
            int n;
            try {
                n = LogExport.write(file, book.log().sessions(), book::displayName);
            } catch (IOException e) {
                throw new BadInputException("could not write " + file + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println("Exported " + n + " sessions to " + file + ".");
            return Cli.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add sets of one exercise to the day's log.",
                    "Sets: 8x60, 5x100 rir2, 3x10@bw, 3x8x60, 8@bw-20 (assisted), 10x40 w (warm-up), 8x135lb, 8x60 shrug.",
                    "Example: formcoach log add \"lat pulldown\" 10x30 w 8x50 8x50 \"6x50 rir1\""})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "EXERCISE", description = "An exercise id or name (the library's search finds it).")
        String exercise;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SETS", description = "One or more sets; words after a set belong to it.")
        List<String> sets;

        @Option(names = "--at", paramLabel = "YYYY-MM-DD HH:MM", description = "When (default: now).")
        String at;

        @Option(names = "--new", description = "Start a new session instead of adding to today's.")
        boolean newSession;

        @Override
        public Integer call() throws Exception {
            LogBook book = open(spec);
            Exercise ex = findExercise(book, exercise);
            LocalDateTime when = book.now();
            if (at != null) {
                try {
                    when = LocalDateTime.parse(at.strip().replace('T', ' '), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw new BadInputException("--at must look like 2025-03-10 18:30, not '" + at + "'");
                }
            }
            List<String> specs = new ArrayList<>();
            for (String a : sets) {
                String t = a.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (Character.isDigit(t.charAt(0)) || specs.isEmpty()) {
                    specs.add(t);
                } else {
                    specs.set(specs.size() - 1, specs.get(specs.size() - 1) + " " + t);
                }
            }
            List<LoggedSet> parsed;
            try {
                parsed = SetSyntax.parse(String.join(", ", specs), book.settings().unit());
            } catch (SetSyntaxException e) {
                throw new BadInputException(e.getMessage());
            }
            Session s = book.addSets(when, ex, parsed, newSession);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Added " + parsed.size() + (parsed.size() == 1 ? " set" : " sets") + " of " + ex.name() + " to session "
                    + s.id() + " (" + s.start().format(WHEN) + "): "
                    + String.join(", ", parsed.stream().map(SetSyntax::format).toList()));
            return Cli.OK;
        }
    }

    static Exercise findExercise(LogBook book, String query) {
        Optional<Exercise> byId = book.exercise(query.strip());
        if (byId.isPresent()) {
            return byId.get();
        }
        NameMapper.Match m = book.mapper().map(query);
        if (m.exercise().isPresent()) {
            return m.exercise().get();
        }
        List<SearchHit> hits = new formcoach.library.ExerciseSearch(book.library()).search(query, SearchFilter.NONE, 3);
        if (hits.size() == 1 || (!hits.isEmpty() && hits.get(0).kind().ordinal() < hits.get(1).kind().ordinal())) {
            return hits.get(0).exercise();
        }
        if (hits.isEmpty()) {
            throw new BadInputException("no exercise matches '" + query + "' (see 'formcoach library search')");
        }
        throw new BadInputException("'" + query + "' could be " + String.join(", ", hits.stream().map(h -> h.exercise().id()).toList())
                + "; give the id");
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = {"Weekly working sets (every set but warm-ups) per muscle group, and load jumps:",
                    "this week's sets against the mean of the four weeks before it (from three earlier weeks on);",
                    "from 1.3 a caution, from 1.5 a warning."})
    static final class Stats implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print {\"weeks\": [...], \"warnings\": [...]} as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            LogBook book = open(spec);
            Insights in = book.insights();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode root = Json.mapper().createObjectNode();
                ArrayNode weeks = root.putArray("weeks");
                for (Insights.Week w : in.weeks()) {
                    ObjectNode o = weeks.addObject();
                    o.put("week", w.week());
                    o.put("workingSets", w.workingSets());
                    ObjectNode g = o.putObject("byGroup");
                    for (MuscleGroup mg : MuscleGroup.values()) {
                        g.put(mg.id(), w.byGroup().getOrDefault(mg, 0.0));
                    }
                }
                ArrayNode warnings = root.putArray("warnings");
                for (Insights.LoadRatio r : in.loadJumps()) {
                    ObjectNode o = warnings.addObject();
                    o.put("week", r.week());
                    o.put("kind", "LOAD_JUMP");
                    o.put("level", r.level().orElseThrow().name());
                    o.put("ratio", r.roundedRatio());
                    o.put("group", r.group());
                    o.put("sets", round2(r.thisWeek()));
                    o.put("average", round2(r.average()));
                }
                // balance over the four weeks up to now: its own key, so "warnings" holds load jumps only
                Insights.Balance b = in.balance(book.now(), book.library());
                ObjectNode bal = root.putObject("balance");
                bal.put("verticalPulling", b.verticalPulling());
                bal.put("scapularWork", b.scapularWork());
                bal.put("latsDominate", b.latsDominate());
                ArrayNode c = bal.putArray("correctives");
                if (b.latsDominate()) {
                    b.correctives().forEach(e -> c.add(e.id()));
                }
                out.println(Json.mapper().writeValueAsString(root));
                return Cli.OK;
            }
            if (in.weeks().isEmpty()) {
                out.println("The log is empty.");
                return Cli.OK;
            }
            StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-8s  %5s", "WEEK", "SETS"));
            for (MuscleGroup g : MuscleGroup.values()) {
                head.append(String.format(Locale.ROOT, "  %6s", abbreviation(g)));
            }
            out.println(head);
            for (Insights.Week w : in.weeks()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-8s  %5d", w.week(), w.workingSets()));
                for (MuscleGroup g : MuscleGroup.values()) {
                    row.append(String.format(Locale.ROOT, "  %6s", num(w.byGroup().getOrDefault(g, 0.0))));
                }
                out.println(row);
            }
            List<Insights.LoadRatio> jumps = in.loadJumps();
            if (!jumps.isEmpty()) {
                out.println();
                for (Insights.LoadRatio r : jumps) {
                    out.println(r.week() + "  " + r.level().orElseThrow().name().toLowerCase(Locale.ROOT) + ": " + r.sentence());
                }
            }
            Insights.Balance b = in.balance(book.now(), book.library());
            out.println();
            out.println(b.sentence());
            if (b.latsDominate() && !b.correctives().isEmpty()) {
                out.println("Correctives: " + String.join(", ", b.correctives().stream().map(Exercise::name).toList()));
            }
            return Cli.OK;
        }

        private static String abbreviation(MuscleGroup g) {
            return switch (g) {
                case UPPER_TRAPS -> "UTRAP";
                case MID_TRAPS_RHOMBOIDS -> "MTR+RH";
                case LOWER_TRAPS -> "LTRAP";
                case LATS -> "LATS";
                case REAR_DELTS -> "RDELT";
                case SPINAL_ERECTORS -> "ERECT";
                case BICEPS -> "BICEPS";
            };
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = {"Names from imports that did not match the library. With NAME and --as ID, map it;",
                    "with --own, keep it as your own exercise."})
    static final class Review implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "NAME")
        String name;

        @Option(names = "--as", paramLabel = "ID", description = "The library exercise this name means.")
        String as;

        @Option(names = "--own", description = "Keep the name as your own exercise.")
        boolean own;

        @Option(names = "--primary", paramLabel = "GROUPS", split = ",",
                description = "With --own: the muscle groups it works as a primary mover (1 a set), e.g. lats,mid-traps-rhomboids.")
        List<String> primary = List.of();

        @Option(names = "--secondary", paramLabel = "GROUPS", split = ",",
                description = "With --own: the groups it works as a secondary mover (0.5 a set), e.g. biceps.")
        List<String> secondary = List.of();

        @Override
        public Integer call() throws Exception {
            LogBook book = open(spec);
            PrintWriter out = spec.commandLine().getOut();
            if (name == null) {
                List<LogBook.Unmatched> un = book.unmatched();
                if (un.isEmpty()) {
                    out.println("Every exercise name in the log is matched or kept as your own.");
                }
                for (LogBook.Unmatched m : un) {
                    out.println(m.name() + "  — " + m.sessions() + " sessions, " + m.sets() + " sets"
                            + (m.suggestions().isEmpty() ? "" : "; maybe " + String.join(", ", m.suggestions().stream().limit(3).map(Exercise::id).toList())));
                }
                return Cli.OK;
            }
            if ((as == null) == !own) {
                throw new BadInputException("give --as ID or --own (one of them) with a name");
            }
            if (as != null && book.exercise(as).isEmpty()) {
                throw new BadInputException("no exercise with id '" + as + "' (see 'formcoach library list')");
            }
            if (!own && (!primary.isEmpty() || !secondary.isEmpty())) {
                throw new BadInputException("--primary and --secondary go with --own (a library exercise has its own muscles)");
            }
            if (own) {
                List<formcoach.log.MuscleGroup> p = groups(primary);
                List<formcoach.log.MuscleGroup> sec = groups(secondary);
                book.keepOwn(name, p, sec);
                var kept = book.settings().ownMuscles().get(formcoach.log.NameMapper.key(name));
                out.println("'" + name.strip() + "' is kept as your own exercise"
                        + (kept == null ? "; it counts in your weekly sets, not in a muscle group." : "; its working sets count for " + kept.describe() + "."));
                return Cli.OK;
            }
            int changed = book.resolve(name, Optional.ofNullable(as));
            out.println("'" + name.strip() + "' is now " + book.exercise(as).orElseThrow().name() + " (" + changed + " sessions updated).");
            return Cli.OK;
        }

        private static List<formcoach.log.MuscleGroup> groups(List<String> ids) throws BadInputException {
            List<formcoach.log.MuscleGroup> out = new java.util.ArrayList<>();
            for (String id : ids) {
                if (id.isBlank()) {
                    continue;
                }
                out.add(formcoach.log.MuscleGroup.fromId(id).orElseThrow(() -> new BadInputException("'" + id.strip()
                        + "' is not a muscle group (known: " + String.join(", ", java.util.Arrays.stream(formcoach.log.MuscleGroup.values())
                        .map(formcoach.log.MuscleGroup::id).toList()) + ")")));
            }
            return out;
        }
    }

    @Command(name = "unit", mixinStandardHelpOptions = true,
            description = "Show or set the log's unit: sets typed without a unit, and Strong exports that do not say, use it.")
    static final class Unit implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "kg|lb")
        String unit;

        @Override
        public Integer call() throws Exception {
            LogBook book = open(spec);
            PrintWriter out = spec.commandLine().getOut();
            if (unit == null) {
                out.println(book.settings().unit().id());
                return Cli.OK;
            }
            WeightUnit u = WeightUnit.parse(unit).orElseThrow(() -> new BadInputException("the unit must be kg or lb, not '" + unit + "'"));
            book.updateSettings(s -> s.withUnit(u));
            out.println("Sets without a unit are now in " + u.id() + ".");
            return Cli.OK;
        }
    }
}
