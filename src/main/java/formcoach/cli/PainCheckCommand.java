package formcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import formcoach.paincheck.BadFactsException;
import formcoach.paincheck.Facts;
import formcoach.paincheck.FactsParser;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.Region;
import formcoach.paincheck.TriageResult;
import formcoach.store.Json;
import formcoach.store.Settings;
import formcoach.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code formcoach pain-check --facts FILE}: decides one pain check from a facts JSON object and
 * prints the output object of facts-schema.md. Nothing is written unless {@code --save} is given.
 */
@Command(name = "pain-check", mixinStandardHelpOptions = true,
        description = {"Check post-workout back pain from a JSON object of answers (see docs/pain-check-cli.md) and print the result as JSON.",
                "Not a diagnosis and not for emergencies."},
        subcommands = {PainCheckHistoryCommand.class, PainCheckReportCommand.class})
public final class PainCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--facts", paramLabel = "FILE", description = "JSON object of answers; - reads standard input.")
    String facts;

    @Option(names = "--region", paramLabel = "CC", description = "Country (ISO 3166 code such as GB, US, AU) whose emergency number and services the answer names; default: the app's setting, else the system's country.")
    String region;

    @Option(names = "--save", description = "Also save the check in the data folder's history.")
    boolean save;

    @Option(names = "--area", paramLabel = "ID", description = "With --save: the body area that hurts, as the app names it (e.g. neck-traps, or elsewhere); a wrong id lists them all.")
    String area;

    @Option(names = "--note", paramLabel = "TEXT", description = "With --save: a note about the session.")
    String note;

    @Override
    public Integer call() throws StoreException {
        if (facts == null) {
            throw new BadInputException("missing --facts FILE (a JSON object of answers, or - for standard input)");
        }
        if (!save && (area != null || note != null)) {
            throw new BadInputException((area != null ? "--area" : "--note") + " is only used together with --save");
        }
        if (area != null) {
            checkArea(area);
        }
        if (region != null && Region.normaliseCode(region).isEmpty()) {
            throw new BadInputException("--region must be an ISO 3166 country code such as GB, IE, US, CA, AU or NZ; got '"
                    + (region.length() <= 40 ? region : region.substring(0, 40) + "...") + "'"
                    + ("UK".equalsIgnoreCase(region.strip()) ? " (the United Kingdom is GB)" : ""));
        }
        byte[] bytes = readFacts(facts);
        Facts parsed;
        try {
            parsed = FactsParser.parse(bytes);
        } catch (BadFactsException e) {
            throw new BadInputException(e.getMessage());
        }
        PainChecker checker = PainChecker.load();
        if (!checker.ready()) {
            throw new IllegalStateException("the pain-check rules could not be loaded: " + String.join("; ", checker.problems()));
        }
        CliContext ctx = FormCoachCommand.contextOf(spec);
        String code = region != null ? Region.normaliseCode(region).orElseThrow() : regionCode(ctx, spec.commandLine().getErr());
        TriageResult result = checker.check(parsed, checker.region(code));
        PrintWriter out = spec.commandLine().getOut();
        // The answer is printed before saving, so a full disk can never hide it.
        out.println(result.toJson());
        out.flush();
        if (save) {
            new PainCheckHistory(ctx.store()).add(parsed, result, ctx.clock().instant(), area, note, List.of());
        }
        return Cli.OK;
    }

    /** Only what the app itself stores, so saved history always shows an area the app can name. */
    static void checkArea(String id) {
        List<String> ids = new ArrayList<>();
        PainCheckLinks.DEFAULT_AREAS.forEach(a -> ids.add(a.id()));
        ids.add(PainCheckLinks.ELSEWHERE);
        if (!ids.contains(id)) {
            String shown = id.length() <= 40 ? id : id.substring(0, 40) + "...";
            throw new BadInputException("--area must be one of " + String.join(", ", ids) + "; got '" + shown + "'");
        }
    }

    static byte[] readFacts(String name) {
        if ("-".equals(name)) {
            try {
                return formcoach.store.InputFiles.readAtMost(System.in, formcoach.store.InputFiles.FACTS_LIMIT);
            } catch (IOException e) {
                throw new BadInputException("cannot read the facts from standard input: " + e.getMessage());
            }
        }
        Path p = Path.of(name);
        try {
            if (Files.isDirectory(p)) {
                throw new BadInputException("cannot read facts file '" + name + "': it is a folder");
            }
            return formcoach.store.InputFiles.read(p, formcoach.store.InputFiles.FACTS_LIMIT);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read facts file '" + name + "': no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot read facts file '" + name + "': permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot read facts file '" + name + "': " + e.getMessage());
        }
    }

    /**
     * The region from the settings file when there is one, else the default for this locale. Read
     * without the store's repair steps, so a check never creates, moves or changes a file.
     */
    static String regionCode(CliContext ctx, PrintWriter err) {
        String fallback = Settings.defaultRegion(Locale.getDefault());
        Path file = ctx.dataDir().resolve(Settings.STORE_NAME + ".json");
        if (!Files.isRegularFile(file)) {
            return fallback;
        }
        try {
            JsonNode root = Json.mapper().readTree(formcoach.store.InputFiles.read(file, formcoach.store.InputFiles.STORED_LIMIT));
            JsonNode data = root == null ? null : root.get("data");
            if (data == null || !data.isObject()) {
                throw new IOException("it has no settings in it");
            }
            return Json.mapper().treeToValue(data, Settings.class).region();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            warn(err, file, "it is not valid", fallback);
        } catch (IOException e) {
            warn(err, file, e.getMessage(), fallback);
        }
        return fallback;
    }

    private static void warn(PrintWriter err, Path file, String why, String fallback) {
        err.println("formcoach: note: " + file.getFileName() + " could not be read (" + why + "); using the region "
                + fallback + " of this system");
        err.flush();
    }
}
