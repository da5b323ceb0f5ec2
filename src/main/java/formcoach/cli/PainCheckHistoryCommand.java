package formcoach.cli;

import formcoach.paincheck.FactKey;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckRecord;
import formcoach.store.Json;
import formcoach.store.Loaded;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code formcoach pain-check history [--json | --mark-mistake ID | --unmark-mistake ID | --delete ID | --restore FILE]}:
 * lists the saved checks, oldest first, or changes one. A check marked as entered by mistake stays in
 * the file and in the list (marked so) but counts nowhere else; a deleted check is gone, and the
 * command prints it as JSON so that it can be kept.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List saved pain checks, oldest first, or mark one as entered by mistake, or delete one.",
                "Checks marked as a mistake stay listed (marked so) but are left out of the chart, the trend, re-checks and the report."})
final class PainCheckHistoryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the saved checks as a JSON array.")
    boolean json;

    @ArgGroup(exclusive = true)
    Change change;

    static final class Change {
        @Option(names = "--mark-mistake", paramLabel = "ID", description = "Mark this check as entered by mistake (it is kept, but counts nowhere).")
        String markMistake;

        @Option(names = "--unmark-mistake", paramLabel = "ID", description = "Clear the mistake mark of this check, so it counts again.")
        String unmarkMistake;

        @Option(names = "--delete", paramLabel = "ID", description = "Delete this check (it is printed as one JSON line, which --restore puts back).")
        String delete;

        @Option(names = "--restore", paramLabel = "FILE", description = "Put back a deleted check from the JSON line --delete printed (- reads standard input).")
        String restore;
    }

    @Override
    public Integer call() throws Exception {
        CliContext ctx = FormCoachCommand.contextOf(spec);
        PainCheckHistory history = new PainCheckHistory(ctx.store());
        PrintWriter out = spec.commandLine().getOut();
        if (change != null) {
            if (json) {
                throw new BadInputException("--json lists the checks; it cannot be combined with --mark-mistake, --unmark-mistake or --delete");
            }
            return change(history, out, ctx.clock().getZone());
        }
        Loaded<List<PainCheckRecord>> loaded = history.loadAll();
        loaded.notice().ifPresent(n -> spec.commandLine().getErr().println("formcoach: note: " + Cli.oneLine(n.message())));
        if (json) {
            out.println(Json.mapper().writeValueAsString(loaded.value()));
            return Cli.OK;
        }
        if (loaded.value().isEmpty()) {
            out.println("No pain checks saved yet.");
            return Cli.OK;
        }
        ZoneId zone = ctx.clock().getZone();
        for (PainCheckRecord r : loaded.value()) {
            out.println(line(r, zone));
        }
        return Cli.OK;
    }

    private int change(PainCheckHistory history, PrintWriter out, ZoneId zone) throws Exception {
        if (change.restore != null) {
            return restore(history, out, zone);
        }
        String id = change.markMistake != null ? change.markMistake : change.unmarkMistake != null ? change.unmarkMistake : change.delete;
        try {
            if (change.delete != null) {
                PainCheckRecord gone = history.delete(id);
                out.println("Deleted " + line(gone, zone).strip());
                out.println("To undo, pass the next line to 'formcoach pain-check history --restore -' (or save it in a file and name that):");
                out.println(Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(gone));
            } else {
                boolean mark = change.markMistake != null;
                PainCheckRecord r = history.markEnteredByMistake(id, mark);
                out.println((mark ? "Marked as entered by mistake: " : "Counts again (mistake mark cleared): ") + line(r, zone).strip());
            }
        } catch (PainCheckHistory.UnknownCheckException e) {
            throw new BadInputException(e.getMessage() + " (see 'formcoach pain-check history')");
        }
        return Cli.OK;
    }

    private int restore(PainCheckHistory history, PrintWriter out, ZoneId zone) throws Exception {
        String text = read(change.restore).strip();
        // the output of --delete has two lines of words before the JSON object: start at its brace
        int brace = text.indexOf('{');
        PainCheckRecord rec;
        try {
            if (brace < 0) {
                throw new java.io.IOException("there is no JSON object in it");
            }
            rec = Json.mapper().readValue(text.substring(brace), PainCheckRecord.class);
        } catch (java.io.IOException | RuntimeException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            why = Cli.oneLine(String.valueOf(why));
            int cut = why.indexOf(" (");
            throw new BadInputException("--restore needs the JSON line that --delete printed; '" + change.restore + "' is not one ("
                    + (cut > 0 ? why.substring(0, cut) : why) + ")");
        }
        if (history.find(rec.id()).isPresent()) {
            out.println("Already saved, nothing changed: " + line(rec, zone).strip());
            return Cli.OK;
        }
        history.restore(rec);
        out.println("Put back " + line(rec, zone).strip());
        return Cli.OK;
    }

    private static String read(String name) {
        try {
            byte[] b = "-".equals(name) ? System.in.readAllBytes() : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(name));
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("cannot read '" + name + "' for --restore: no such file");
        } catch (java.io.IOException e) {
            throw new BadInputException("cannot read '" + name + "' for --restore: " + Cli.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** One check on one line: id, time, level, pattern, severity (or "not asked"), day, area, mark. */
    static String line(PainCheckRecord r, ZoneId zone) {
        String severity = r.asked(FactKey.SEVERITY) ? String.format(Locale.ROOT, "severity %2d/10", r.facts().severity()) : "severity not asked";
        String day = r.asked(FactKey.DAYS_SINCE_ONSET) ? "day " + r.facts().daysSinceOnset() : "day not asked";
        return String.format(Locale.ROOT, "%-22s %s  %-26s %-8s %s  %s%s%s", r.id(), WHEN.format(r.time().atZone(zone)), r.level(),
                r.pattern(), severity, day, r.areaId().map(a -> "  " + a).orElse(""),
                r.enteredByMistake() ? "  [entered by mistake]" : "");
    }
}
