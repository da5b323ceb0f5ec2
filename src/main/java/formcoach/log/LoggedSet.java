package formcoach.log;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import formcoach.library.Fault;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One set as done: reps at a load. Stored as a JSON array in the order of {@code @JsonPropertyOrder}
 * ({@code [8, 60.0, "kg", "external", "normal", 2, null, null, null, ""]}): a year holds ~15,000 of
 * them and the array form keeps the files a third of the size and quicker to read
 * (docs/decisions/0010-training-log-month-files.md). The note is the tenth element from schema 2
 * of the month files on; a nine-element set (schema 1) reads with no note.
 *
 * @param reps    0 for a timed hold (then {@code seconds} says how long)
 * @param load    as entered in {@code unit}; for {@link LoadKind#BODYWEIGHT} the added weight, for
 *                {@link LoadKind#ASSISTED} the assistance
 * @param rir     reps in reserve 0–5, or null
 * @param rpe     rate of perceived exertion 1–10 in half steps, or null
 * @param fault   what the person noticed (or a partner saw) on this set, or null
 * @param seconds a timed set's length, or null
 * @param note    a short note on this set ("left shoulder clicked"), at most {@value #NOTE_LIMIT}
 *                characters on one line; empty when there is none, never null
 */
@JsonPropertyOrder({"reps", "load", "unit", "loadKind", "type", "rir", "rpe", "fault", "seconds", "note"})
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record LoggedSet(int reps, double load, WeightUnit unit, LoadKind loadKind, SetType type, Integer rir,
                        Double rpe, Fault fault, Integer seconds, String note) {
    /** The longest per-set note, in characters. */
    public static final int NOTE_LIMIT = 200;

    /** A set with no note. */
    public LoggedSet(int reps, double load, WeightUnit unit, LoadKind loadKind, SetType type, Integer rir,
                     Double rpe, Fault fault, Integer seconds) {
        this(reps, load, unit, loadKind, type, rir, rpe, fault, seconds, "");
    }

    public LoggedSet {
        if (reps < 0 || reps > 1000) {
            throw new IllegalArgumentException("reps must be 0–1000, not " + reps);
        }
        if (Double.isNaN(load) || Double.isInfinite(load) || load < 0 || load > 2000) {
            throw new IllegalArgumentException("load must be 0–2000, not " + load);
        }
        unit = unit == null ? WeightUnit.KG : unit;
        loadKind = loadKind == null ? LoadKind.EXTERNAL : loadKind;
        type = type == null ? SetType.NORMAL : type;
        if (rir != null && (rir < 0 || rir > 5)) {
            throw new IllegalArgumentException("RIR must be 0–5, not " + rir);
        }
        if (rpe != null && (rpe < 1 || rpe > 10 || rpe * 2 != Math.rint(rpe * 2))) {
            throw new IllegalArgumentException("RPE must be 1–10 in half steps, not " + rpe);
        }
        if (seconds != null && (seconds < 0 || seconds > 86_400)) {
            throw new IllegalArgumentException("seconds must be 0–86400, not " + seconds);
        }
        note = note == null || note.isEmpty() ? "" : oneLine(note);
        if (note.length() > NOTE_LIMIT) {
            throw new IllegalArgumentException("a set's note must be at most " + NOTE_LIMIT + " characters, not " + note.length());
        }
        // loads are kept to three decimals: exports carry conversion noise such as 27.215519999999998
        load = thousandths(load);
    }

    public static LoggedSet of(int reps, double load, WeightUnit unit) {
        return new LoggedSet(reps, load, unit, LoadKind.EXTERNAL, SetType.NORMAL, null, null, null, null);
    }

    @JsonIgnore
    public boolean isWorking() {
        return type.isWorking();
    }

    /** The load the muscles moved beyond the body, in kg: assistance is never load. */
    @JsonIgnore
    public double addedLoadKg() {
        return loadKind == LoadKind.ASSISTED ? 0.0 : unit.toKg(load);
    }

    public LoggedSet withType(SetType t) {
        return new LoggedSet(reps, load, unit, loadKind, t, rir, rpe, fault, seconds, note);
    }

    public LoggedSet withFault(Fault f) {
        return new LoggedSet(reps, load, unit, loadKind, type, rir, rpe, f, seconds, note);
    }

    public LoggedSet withNote(String n) {
        return new LoggedSet(reps, load, unit, loadKind, type, rir, rpe, fault, seconds, n);
    }

    @JsonIgnore
    public boolean hasNote() {
        return !note.isEmpty();
    }

    /** Back in the set syntax: {@code 8x60kg rir2}, {@code 10@bw}, {@code 5@bw-20kg w}, {@code 8x60kg "felt it left"}. */
    @Override
    public String toString() {
        return SetSyntax.format(this);
    }

    /**
     * {@code v} rounded half up to three decimals. A value that has at most three decimals already
     * (nearly every load) is returned as it is without the decimal arithmetic, which is what a
     * year's load spends most of its time on in a fresh JVM; the result is the same either way.
     */
    static double thousandths(double v) {
        double r = Math.rint(v * 1000) / 1000;
        if (r == v) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** Runs of white space (line breaks too) as one space, none at the ends. */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
