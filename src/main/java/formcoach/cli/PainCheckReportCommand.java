package formcoach.cli;

import formcoach.library.Library;
import formcoach.paincheck.Advice;
import formcoach.paincheck.ClinicianReport;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.Rechecks;
import formcoach.paincheck.SessionSummary;
import formcoach.paincheck.TrainingLinks;
import formcoach.store.Loaded;
import formcoach.store.StoreException;
import formcoach.timer.SessionLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code formcoach pain-check report --out FILE.pdf [--check ID | --from DATE --to DATE] [--force]}: the
 * clinician summary of saved checks (checks marked as entered by mistake are left out). With
 * {@code --check}, that check and the earlier checks of its episode (for the trend); with dates, the
 * checks made on those days; with neither, every check. The name and date of birth come from the
 * settings when the person gave them in the app. An existing file is replaced only with {@code --force}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a PDF summary of saved pain checks for a GP or physiotherapist (checks marked as entered by mistake are left out).")
final class PainCheckReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--force", description = "Replace FILE.pdf if it already exists (only ever a regular file).")
    boolean force;

    @Option(names = "--check", paramLabel = "ID", description = "Report this check (with the earlier checks of the same episode).")
    String check;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to include (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to include (yyyy-mm-dd).")
    LocalDate to;

    @Override
    public Integer call() throws Exception {
        if (check != null && (from != null || to != null)) {
            throw new BadInputException("--check cannot be combined with --from/--to");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadInputException("--to " + to + " is before --from " + from);
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new BadInputException("--out must name a .pdf file, got '" + out + "'");
        }
        formcoach.store.OutputFiles.notReplaceable(out).ifPresent(why -> {
            throw new BadInputException("cannot write '" + out + "': it " + why);
        });
        Path dir = out.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException("cannot write '" + out + "': the folder does not exist");
        }
        if (Files.isDirectory(out)) {
            throw new BadInputException("cannot write '" + out + "': it is a folder");
        }
        if (Files.exists(out) && !force) {
            throw new BadInputException("'" + out + "' already exists; add --force to replace it, or choose another --out");
        }
        CliContext ctx = FormCoachCommand.contextOf(spec);
        Loaded<List<PainCheckRecord>> loaded = new PainCheckHistory(ctx.store()).load();
        loaded.notice().ifPresent(n -> spec.commandLine().getErr().println("formcoach: note: " + Cli.oneLine(n.message())));
        List<PainCheckRecord> all = loaded.value();
        boolean markedMistake = check != null && all.stream().noneMatch(r -> r.id().equals(check))
                && new PainCheckHistory(ctx.store()).find(check).isPresent();
        ZoneId zone = ctx.clock().getZone();
        List<PainCheckRecord> chosen;
        if (check != null) {
            PainCheckRecord target = all.stream().filter(r -> r.id().equals(check)).findFirst()
                    .orElseThrow(() -> new BadInputException(markedMistake
                            ? "the pain check '" + check + "' is marked as entered by mistake, so it is left out of reports"
                            + " (clear the mark with 'formcoach pain-check history --unmark-mistake " + check + "')"
                            : "no saved pain check with id '" + check + "' (see 'formcoach pain-check history')"));
            List<PainCheckRecord> upTo = all.stream().filter(r -> !r.time().isAfter(target.time())).toList();
            PainCheckRecord anchor = Rechecks.currentAnchor(upTo).orElse(target);
            chosen = upTo.stream().filter(r -> !r.time().isBefore(anchor.time())).toList();
        } else {
            chosen = all.stream().filter(r -> {
                LocalDate d = r.time().atZone(zone).toLocalDate();
                return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
            }).toList();
        }
        if (chosen.isEmpty()) {
            throw new BadInputException(all.isEmpty() ? "there are no saved pain checks to report (save one with pain-check --save)"
                    : "no saved pain checks between " + (from == null ? "the first" : from) + " and " + (to == null ? "today" : to));
        }
        Advice advice = Advice.loadAsset().value().orElseThrow(() ->
                new IllegalStateException("the pain-check words could not be loaded: " + Advice.loadAsset().problems()));
        formcoach.paincheck.Region region = advice.region(PainCheckCommand.regionCode(ctx, spec.commandLine().getErr()));
        List<SessionSummary> sessions = sessionsBefore(ctx, chosen);
        if (formcoach.store.OutputFiles.exists(out) && !force) {
            throw new BadInputException(out + " already exists; add --force to replace it");
        }
        try {
            formcoach.store.Settings settings = settings(ctx);
            new ClinicianReport(advice, zone).writeReport(out, chosen, sessions, advice.notice(region), region,
                    ClinicianReport.Person.of(settings.reportName(), settings.reportBirthDate()));
        } catch (IOException e) {
            throw new BadInputException("cannot write '" + out + "': " + e.getMessage());
        }
        spec.commandLine().getOut().println("Wrote " + out + " (" + chosen.size() + (chosen.size() == 1 ? " check)" : " checks)"));
        return Cli.OK;
    }

    /** The settings as stored (for the name and date of birth), read without repairing or creating anything. */
    private static formcoach.store.Settings settings(CliContext ctx) {
        Path file = ctx.dataDir().resolve(formcoach.store.Settings.STORE_NAME + ".json");
        if (!Files.isRegularFile(file)) {
            return formcoach.store.Settings.defaults();
        }
        try {
            var data = formcoach.store.Json.mapper().readTree(Files.readAllBytes(file)).get("data");
            return data == null || !data.isObject() ? formcoach.store.Settings.defaults()
                    : formcoach.store.Json.mapper().treeToValue(data, formcoach.store.Settings.class);
        } catch (IOException | RuntimeException e) {
            return formcoach.store.Settings.defaults();
        }
    }

    /** The training in the two weeks before the first reported check, up to the last one. */
    private List<SessionSummary> sessionsBefore(CliContext ctx, List<PainCheckRecord> chosen) throws StoreException {
        Instant first = chosen.get(0).time();
        Instant last = chosen.get(chosen.size() - 1).time();
        Library[] library = new Library[1];
        TrainingLinks links = new TrainingLinks(ctx.store(), new SessionLog(ctx.store(), ctx.clock()), () -> {
            if (library[0] == null) {
                try {
                    library[0] = Library.load(ctx.store());
                } catch (StoreException e) {
                    return Optional.empty();
                }
            }
            return Optional.of(library[0]);
        }, ctx.clock().getZone());
        return links.sessionsBetween(first.minus(Duration.ofDays(14)), last.plusSeconds(1));
    }
}
