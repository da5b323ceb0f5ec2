package formcoach.log;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a workout export, telling Strong from Hevy by its header. */
public final class ExportReader {
    private ExportReader() {
    }

    /**
     * @param defaultUnit the unit for files that do not say (Strong's comma exports use the app's setting)
     */
    public static ExportFile read(Path file, WeightUnit defaultUnit) throws LogImportException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new LogImportException("no such file: " + file);
        } catch (IOException e) {
            throw new LogImportException("could not read " + file + ": " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LogImportException(file.getFileName() + " is not UTF-8 text; export it again from the app. Nothing was imported.");
        }
        return parse(text, defaultUnit);
    }

    public static ExportFile parse(String text, WeightUnit defaultUnit) throws LogImportException {
        String t = Csv.stripBom(text);
        if (t.isBlank()) {
            throw new LogImportException("the file is empty. Nothing was imported.");
        }
        if (t.stripLeading().startsWith("{")) {
            return LogExport.readJson(t);
        }
        char sep = Csv.sniff(t);
        List<Csv.Record> records = Csv.parse(t, sep);
        List<String> header = records.get(0).fields();
        if (HevyReader.isHevy(header)) {
            return HevyReader.read(header, records.subList(1, records.size()));
        }
        return StrongReader.read(header, records.subList(1, records.size()), sep, defaultUnit);
    }

    // ------------------------------------------------------------------ shared field readers

    static final Pattern INTEGER_LIKE = Pattern.compile("\\d+(?:\\.0+)?");

    static String norm(String header) {
        String n = Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return n.replace('\u2019', '\'');
    }

    static double number(String value, int row, int line, String column, boolean commaDecimals) throws LogImportException {
        String v = value.strip();
        if (v.isEmpty()) {
            return 0;
        }
        if (commaDecimals && v.matches("-?\\d+,\\d+")) {
            v = v.replace(',', '.');
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d) || d < 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw LogImportException.at(row, line, column, "'" + value + "' is not a number");
        }
    }

    static int reps(String value, int row, int line, String column) throws LogImportException {
        String v = value.strip();
        if (v.isEmpty()) {
            return 0;
        }
        if (!INTEGER_LIKE.matcher(v).matches()) {
            throw LogImportException.at(row, line, column, "'" + value + "' is not a whole number of reps");
        }
        double d = Double.parseDouble(v);
        if (d > 1000) {
            throw LogImportException.at(row, line, column, "'" + value + "' reps is more than 1000");
        }
        return (int) d;
    }

    static Double rpe(String value, int row, int line, String column) throws LogImportException {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw LogImportException.at(row, line, column, "'" + value + "' is not an RPE");
        }
        if (d == 0) {
            return null;
        }
        if (d < 1 || d > 10) {
            throw LogImportException.at(row, line, column, "RPE '" + value + "' is outside 1–10");
        }
        return Math.round(d * 2) / 2.0;
    }

    static Integer seconds(double s) {
        return s <= 0 ? null : (int) Math.min(86_400, Math.round(s));
    }

    /** Loads are kept to two decimals in the file's unit (exports carry conversion noise). */
    static double load(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static final Pattern ASSISTED = Pattern.compile("(?i).*\\bassist(ed|ance)?\\b.*|.*\\(band\\).*");
    private static final Pattern BODYWEIGHT = Pattern.compile(
            "(?i).*\\b(pull[ -]?ups?|chin[ -]?ups?|dips?|push[ -]?ups?|inverted rows?|muscle[ -]?ups?|bodyweight|weighted|dead hang|hanging)\\b.*");

    /** An assisted pull-up's number is assistance; a pull-up's, dip's or push-up's is weight added to the body. */
    static LoadKind loadKind(String exerciseName) {
        if (ASSISTED.matcher(exerciseName).matches() && BODYWEIGHT.matcher(exerciseName).matches()) {
            return LoadKind.ASSISTED;
        }
        return BODYWEIGHT.matcher(exerciseName).matches() ? LoadKind.BODYWEIGHT : LoadKind.EXTERNAL;
    }

    static Optional<LocalDateTime> none() {
        return Optional.empty();
    }
}
