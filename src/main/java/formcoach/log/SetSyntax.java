package formcoach.log;

import formcoach.library.Fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short way to type sets: {@code 8x60} (8 reps at 60), {@code 5x100 rir2}, {@code 3x10@bw}
 * (3 sets of 10 at bodyweight), {@code 3x8x60} (3 sets of 8 at 60), {@code 6@bw+10} (a weighted
 * pull-up), {@code 8@bw-20} or {@code 8x20 assisted} (an assisted pull-up: 20 taken off, no load),
 * {@code 10x40 w} (a warm-up). Units: {@code 8x135lb} or {@code 8x135 lb}; without one, the log's unit.
 * After the set, in any order: {@code rir0}–{@code rir5}, {@code rpe8.5}, {@code w}/{@code warmup},
 * {@code drop}, {@code fail}, and a fault tap {@code shrug}, {@code round} or {@code swing}.
 * A short note on the set goes last, in double quotes: {@code 8x60 rir1 "left shoulder clicked"}
 * (at most {@value LoggedSet#NOTE_LIMIT} characters; commas inside the quotes belong to the note).
 * Several sets go on one line with commas: {@code 10x40 w, 8x60, 8x60 rir1}.
 * A timed hold is its seconds: {@code 45s} (or {@code 45 s}), {@code 2x30s w} (two warm-up holds of
 * 30 s), {@code 30s@bw+10kg}, {@code 60s@20kg}; reps done in a timed step take the seconds after the
 * set: {@code 10@bw 30s}.
 */
public final class SetSyntax {
    public static final String HELP = "type sets as 8x60, 5x100 rir2, 3x10@bw, 3x8x60, 8@bw-20 (assisted), 10x40 w (warm-up),"
            + " 8x60 \"a note\"";

    private static final String NUM = "(\\d+(?:[.,]\\d+)?)";
    private static final String UNIT = "(kg|kgs|lb|lbs)?";
    private static final String LOAD = "(bw(?:[+-]" + NUM + UNIT + ")?|" + NUM + UNIT + ")";
    /** [SETS x] REPS (x|@) LOAD */
    private static final Pattern SET = Pattern.compile("(?:(\\d+)[x×*])?(\\d+)([x×*@])" + LOAD);
    /** [SETS x] SECONDS s [@ LOAD]: a timed hold ({@code 45s}, {@code 2x30s}, {@code 30s@bw+10kg}, {@code 60s@20kg}). */
    private static final Pattern TIMED = Pattern.compile("(?:(\\d+)[x×*])?(\\d+)s(?:@" + LOAD + ")?");
    /** A hold's length after a set of reps: {@code 10@bw 30s}. */
    private static final Pattern SECONDS = Pattern.compile("(\\d+)s");
    private static final int MAX_SECONDS = 86_400;
    private static final Pattern RIR = Pattern.compile("rir(\\d+)");
    private static final Pattern RPE = Pattern.compile("rpe(\\d+(?:[.,]5|[.,]0)?)");
    private static final int MAX_SETS = 50;

    private SetSyntax() {
    }

    /** Every set on the line, in order. */
    public static List<LoggedSet> parse(String line, WeightUnit defaultUnit) throws SetSyntaxException {
        if (line == null || line.isBlank()) {
            throw new SetSyntaxException("no sets given: " + HELP);
        }
        List<LoggedSet> out = new ArrayList<>();
        for (String part : parts(line)) {
            if (part.isBlank()) {
                continue;
            }
            out.addAll(parseOne(part.strip(), defaultUnit));
        }
        if (out.isEmpty()) {
            throw new SetSyntaxException("no sets given: " + HELP);
        }
        return out;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
    }

    /** The line split at commas, semicolons and line breaks that are not inside a quoted note. */
    private static List<String> parts(String line) throws SetSyntaxException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isQuote(c)) {
                quoted = !quoted;
            }
            if (!quoted && (c == ',' || c == ';' || c == '\n')) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new SetSyntaxException("a note is not closed: write it last, in double quotes, as in 8x60 \"left shoulder clicked\"");
        }
        out.add(cur.toString());
        return out;
    }

    private static List<LoggedSet> parseOne(String whole, WeightUnit defaultUnit) throws SetSyntaxException {
        String text = whole;
        String note = "";
        int q = -1;
        for (int i = 0; i < whole.length(); i++) {
            if (isQuote(whole.charAt(i))) {
                q = i;
                break;
            }
        }
        if (q >= 0) {
            int end = -1;
            for (int i = q + 1; i < whole.length(); i++) {
                if (isQuote(whole.charAt(i))) {
                    end = i;
                    break;
                }
            }
            if (end < 0 || !whole.substring(end + 1).isBlank()) {
                throw new SetSyntaxException("'" + whole + "': a note goes last, in double quotes, as in 8x60 \"left shoulder clicked\"");
            }
            note = LoggedSet.oneLine(whole.substring(q + 1, end));
            if (note.length() > LoggedSet.NOTE_LIMIT) {
                throw new SetSyntaxException("'" + whole + "': a note can be at most " + LoggedSet.NOTE_LIMIT + " characters (this one has "
                        + note.length() + ")");
            }
            text = whole.substring(0, q).strip();
            if (text.isEmpty()) {
                throw new SetSyntaxException("'" + whole + "': the note needs a set before it, as in 8x60 \"left shoulder clicked\"");
            }
        }
        String[] tokens = text.toLowerCase(Locale.ROOT).split("\\s+");
        // "8 x 60" and "3x10 @ bw" are joined back into one token
        List<String> joined = new ArrayList<>();
        for (String t : tokens) {
            if (!joined.isEmpty() && (t.equals("s") || t.equals("sec")) && joined.get(joined.size() - 1).matches(".*\\d")) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + "s");
            } else if (!joined.isEmpty() && (t.startsWith("x") || t.startsWith("@bw") || t.equals("@") || t.startsWith("×")
                    || endsWithJoiner(joined.get(joined.size() - 1)))) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + t);
            } else {
                joined.add(t);
            }
        }
        Matcher m = SET.matcher(joined.get(0));
        Matcher timed = TIMED.matcher(joined.get(0));
        boolean isTimed = false;
        if (!m.matches()) {
            if (!timed.matches()) {
                throw new SetSyntaxException("'" + text + "' is not a set: " + HELP);
            }
            isTimed = true;
            m = timed;
        }
        int count = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        int reps = isTimed ? 0 : parseInt(m.group(2), "reps", text);
        Integer seconds = isTimed ? seconds(m.group(2), text) : null;
        if (count < 1 || count > MAX_SETS) {
            throw new SetSyntaxException("'" + text + "': the number of sets must be 1–" + MAX_SETS);
        }
        if (!isTimed && (reps < 1 || reps > 1000)) {
            throw new SetSyntaxException("'" + text + "': reps must be 1–1000");
        }
        // SET has the separator as group 3 and the load from group 4; TIMED has the load from group 3
        int g = isTimed ? 3 : 4;
        String loadText = m.group(g);
        LoadKind kind;
        double load;
        String unitText;
        if (loadText == null) {
            kind = LoadKind.BODYWEIGHT;
            load = 0;
            unitText = null;
        } else if (loadText.startsWith("bw")) {
            kind = LoadKind.BODYWEIGHT;
            load = m.group(g + 1) == null ? 0 : number(m.group(g + 1), text);
            unitText = m.group(g + 2);
            if (loadText.startsWith("bw-")) {
                kind = LoadKind.ASSISTED;
            }
        } else {
            kind = LoadKind.EXTERNAL;
            load = number(m.group(g + 3), text);
            unitText = m.group(g + 4);
        }
        WeightUnit unit = unitText == null ? null : WeightUnit.parse(unitText).orElseThrow();
        SetType type = SetType.NORMAL;
        Integer rir = null;
        Double rpe = null;
        Fault fault = null;
        for (int i = 1; i < joined.size(); i++) {
            String t = joined.get(i);
            Matcher r;
            if (WeightUnit.parse(t).isPresent() && unit == null) {
                unit = WeightUnit.parse(t).get();
            } else if ((r = RIR.matcher(t)).matches()) {
                rir = Integer.parseInt(r.group(1));
                if (rir > 5) {
                    throw new SetSyntaxException("'" + text + "': RIR must be 0–5");
                }
            } else if (!isTimed && seconds == null && (r = SECONDS.matcher(t)).matches()) {
                seconds = seconds(r.group(1), text);
            } else if ((r = RPE.matcher(t)).matches()) {
                rpe = number(r.group(1), text);
                if (rpe < 1 || rpe > 10) {
                    throw new SetSyntaxException("'" + text + "': RPE must be 1–10");
                }
            } else {
                switch (t) {
                    case "w", "wu", "warm", "warmup", "warm-up" -> type = SetType.WARMUP;
                    case "d", "drop", "dropset" -> type = SetType.DROP;
                    case "f", "fail", "failure" -> type = SetType.FAILURE;
                    case "assisted", "assist", "assistance" -> kind = LoadKind.ASSISTED;
                    case "shrug", "shrugged", "shrugging" -> fault = Fault.SHRUGGING;
                    case "round", "rounded", "rounding" -> fault = Fault.ROUNDING;
                    case "swing", "swung", "swinging", "momentum" -> fault = Fault.MOMENTUM;
                    default -> throw new SetSyntaxException("'" + t + "' in '" + text + "' is not understood: after a set write "
                            + "rir2, rpe8.5, w (warm-up), drop, fail, a unit (kg, lb) or a fault (shrug, round, swing)");
                }
            }
        }
        if (rir != null && rpe != null) {
            throw new SetSyntaxException("'" + text + "': give RIR or RPE, not both");
        }
        LoggedSet one;
        try {
            one = new LoggedSet(reps, load, unit == null ? defaultUnit : unit, kind, type, rir, rpe, fault, seconds, note);
        } catch (IllegalArgumentException e) {
            throw new SetSyntaxException("'" + text + "': " + e.getMessage());
        }
        List<LoggedSet> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(one);
        }
        return out;
    }

    private static boolean endsWithJoiner(String s) {
        return s.endsWith("x") || s.endsWith("@") || s.endsWith("×") || s.endsWith("*");
    }

    private static int seconds(String s, String text) throws SetSyntaxException {
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            v = -1;
        }
        if (v < 1 || v > MAX_SECONDS) {
            throw new SetSyntaxException("'" + text + "': a hold's seconds must be 1–" + MAX_SECONDS);
        }
        return v;
    }

    private static int parseInt(String s, String what, String text) throws SetSyntaxException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new SetSyntaxException("'" + text + "': " + what + " is not a whole number");
        }
    }

    private static double number(String s, String text) throws SetSyntaxException {
        try {
            return Double.parseDouble(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new SetSyntaxException("'" + text + "': '" + s + "' is not a number");
        }
    }

    /** One set back in the syntax, with its unit always written. */
    public static String format(LoggedSet s) {
        StringBuilder sb = new StringBuilder();
        String u = s.unit().id();
        if (s.reps() == 0 && s.seconds() != null && s.seconds() > 0) {
            // a timed hold: 45s, 30s@bw+10kg, 30s@bw-20kg, 60s@20kg
            sb.append(s.seconds()).append('s');
            switch (s.loadKind()) {
                case BODYWEIGHT -> sb.append(s.load() > 0 ? "@bw+" + LoggedSet.number(s.load()) + u : "");
                case ASSISTED -> sb.append("@bw-").append(LoggedSet.number(s.load())).append(u);
                default -> sb.append(s.load() > 0 ? "@" + LoggedSet.number(s.load()) + u : "");
            }
        } else switch (s.loadKind()) {
            case BODYWEIGHT -> sb.append(s.reps()).append("@bw").append(s.load() > 0 ? "+" + LoggedSet.number(s.load()) + u : "");
            case ASSISTED -> sb.append(s.reps()).append("@bw-").append(LoggedSet.number(s.load())).append(u);
            default -> sb.append(s.reps()).append('x').append(LoggedSet.number(s.load())).append(u);
        }
        if (s.reps() > 0 && s.seconds() != null && s.seconds() > 0) {
            sb.append(' ').append(s.seconds()).append('s');
        }
        if (s.rir() != null) {
            sb.append(" rir").append(s.rir());
        }
        if (s.rpe() != null) {
            sb.append(" rpe").append(LoggedSet.number(s.rpe()));
        }
        switch (s.type()) {
            case WARMUP -> sb.append(" w");
            case DROP -> sb.append(" drop");
            case FAILURE -> sb.append(" fail");
            default -> { }
        }
        if (s.fault() != null) {
            sb.append(switch (s.fault()) {
                case SHRUGGING -> " shrug";
                case ROUNDING -> " round";
                case MOMENTUM -> " swing";
            });
        }
        if (s.hasNote()) {
            sb.append(" \"").append(s.note()).append('"');
        }
        return sb.toString();
    }
}
