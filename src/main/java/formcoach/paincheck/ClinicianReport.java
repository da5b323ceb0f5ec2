package formcoach.paincheck;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A one-page A4 summary of pain checks for a GP or physiotherapist: the latest answers as pertinent
 * positives and negatives, the level and reasons, the severity trend, the sessions before the pain
 * and the notice. Text the standard PDF fonts cannot show is replaced, never a crash; what does not
 * fit on the page is cut with a note saying so.
 */
public final class ClinicianReport {
    private static final float MARGIN = 48;
    private static final float BODY = 9.5f;
    private static final float LEADING = 1.3f;
    private static final int MAX_TREND_ROWS = 10;
    private static final int MAX_SESSIONS = 5;
    private static final Map<String, String> REPLACEMENTS = Map.ofEntries(
            Map.entry("\u2013", "-"), Map.entry("\u2014", "-"), Map.entry("\u2212", "-"), Map.entry("\u2265", ">="),
            Map.entry("\u2264", "<="), Map.entry("\u2192", "->"), Map.entry("\u2190", "<-"), Map.entry("\u00d7", "x"),
            Map.entry("\u2248", "~"), Map.entry("\u2022", "*"), Map.entry("\u00a0", " "), Map.entry("\u2009", " "),
            Map.entry("\u202f", " "), Map.entry("\u2018", "'"), Map.entry("\u2019", "'"), Map.entry("\u201c", "\""),
            Map.entry("\u201d", "\""), Map.entry("\u2026", "..."), Map.entry("\t", " "));

    private final Advice advice;
    private final ZoneId zone;

    public ClinicianReport(Advice advice, ZoneId zone) {
        this.advice = advice;
        this.zone = zone;
    }

    /** Writes the report with the shipped words, dates in the system time zone. */
    public static void write(Path out, List<PainCheckRecord> checks, List<SessionSummary> sessions, String notice) throws IOException {
        Advice advice = Advice.loadAsset().value().orElseThrow(() ->
                new IllegalStateException("the pain-check words could not be loaded: " + Advice.loadAsset().problems()));
        new ClinicianReport(advice, ZoneId.systemDefault()).writeReport(out, checks, sessions, notice);
    }

    /**
     * Writes {@code out} (replacing it only once the new file is complete).
     *
     * @param checks   the checks to report, any order; at least one. The latest is shown in full.
     * @param sessions sessions to list when they fall before the latest check (from a week before the first)
     */
    public void writeReport(Path out, List<PainCheckRecord> checks, List<SessionSummary> sessions, String notice) throws IOException {
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one pain check");
        }
        if (notice == null || notice.isBlank()) {
            throw new IllegalArgumentException("the report needs its notice (not a diagnosis, not for emergencies)");
        }
        List<PainCheckRecord> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparing(PainCheckRecord::time));
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(cs, page.getMediaBox());
                layout(w, sorted, sessions, notice);
            }
            doc.getDocumentInformation().setTitle("Pain check summary");
            doc.getDocumentInformation().setCreator("Form Coach");
            doc.save(tmp.toFile());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void layout(Writer w, List<PainCheckRecord> checks, List<SessionSummary> sessions, String notice) throws IOException {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(zone);
        DateTimeFormatter dayTime = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(zone);
        PainCheckRecord latest = checks.get(checks.size() - 1);
        PainCheckRecord first = checks.get(0);

        // The notice is drawn first at the bottom, so running out of room can never drop it.
        w.footer(notice);
        w.title("Pain check summary for a clinician");
        w.line(w.bold, BODY, "Checks from " + day.format(first.time()) + " to " + day.format(latest.time())
                + " (" + checks.size() + (checks.size() == 1 ? " check" : " checks") + "), made with Form Coach, rules version "
                + latest.rulesVersion() + ".");
        w.gap();

        w.heading("Latest check: " + dayTime.format(latest.time()) + latest.areaId().map(a -> " - where it hurts: " + areaLabel(a)).orElse(""));
        Facts f = latest.facts();
        List<String> notAsked = latest.notAsked();
        List<String> answers = new ArrayList<>();
        if (!notAsked.contains(FactKey.ONSET_HOURS.id())) {
            answers.add("Pain began " + hours(f.onsetHours()) + " after the session (0 = during the lift or right after).");
        }
        if (!notAsked.contains(FactKey.CHARACTER.id())) {
            answers.add("Feels: " + f.character().id() + ".");
        }
        if (!notAsked.contains(FactKey.LOCATION.id())) {
            answers.add("Where: " + (f.location() == PainLocation.DIFFUSE ? "spread over a muscle group" : "one spot they can point at") + ".");
        }
        if (!notAsked.contains(FactKey.SEVERITY.id())) {
            answers.add("Worst pain now: " + f.severity() + "/10 (" + severityWord(f.severity()) + ").");
        }
        if (!notAsked.contains(FactKey.DAYS_SINCE_ONSET.id())) {
            answers.add("Days since it began: " + f.daysSinceOnset() + " (0 = today).");
        }
        w.paragraph(String.join(" ", answers));
        List<String> have = new ArrayList<>();
        List<String> haveNot = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (FactKey k : FactKey.booleans()) {
            if (notAsked.contains(k.id())) {
                skipped.add(advice.words(k));
            } else if (f.is(k)) {
                have.add(advice.words(k));
            } else {
                haveNot.add(advice.words(k));
            }
        }
        w.labelled("You said you have: ", have.isEmpty() ? "none of the listed signs." : String.join("; ", have) + ".");
        w.labelled("You said you do not have: ", haveNot.isEmpty() ? "-" : String.join("; ", haveNot) + ".");
        if (!notAsked.isEmpty()) {
            w.labelled("Not asked (the check stopped at an emergency answer): ", String.join("; ", skipped) + ".");
        }
        w.gap();

        w.heading("Result: " + advice.levelWords(latest.level(), advice.defaultRegion(java.util.Locale.ROOT)) + " (" + latest.level() + "; pattern " + latest.pattern() + ")");
        for (Reason r : latest.reasons()) {
            w.bullet(r.text() + " [" + r.level() + "; " + String.join(", ", r.sources()) + "]");
        }
        w.gap();

        w.heading("Severity trend");
        List<PainCheckRecord> rows = checks.size() > MAX_TREND_ROWS ? checks.subList(checks.size() - MAX_TREND_ROWS, checks.size()) : checks;
        float[] cols = {0, 130, 250, 320};
        w.row(cols, true, "Date", "Days since onset", "Severity", "Level");
        for (PainCheckRecord c : rows) {
            w.row(cols, false, dayTime.format(c.time()), String.valueOf(c.facts().daysSinceOnset()),
                    c.facts().severity() + "/10", c.level().toString());
        }
        if (rows.size() < checks.size()) {
            w.line(w.regular, BODY - 1, "(" + (checks.size() - rows.size()) + " earlier checks not shown)");
        }
        w.gap();

        w.heading("Sessions before the pain");
        Instant from = first.time().minus(java.time.Duration.ofDays(7));
        List<SessionSummary> before = sessions.stream()
                .filter(s -> !s.time().isAfter(latest.time()) && !s.time().isBefore(from))
                .sorted(Comparator.comparing(SessionSummary::time)).toList();
        if (before.isEmpty()) {
            w.line(w.regular, BODY, "No sessions recorded in the week before the first check.");
        } else {
            List<SessionSummary> shown = before.size() > MAX_SESSIONS ? before.subList(before.size() - MAX_SESSIONS, before.size()) : before;
            for (SessionSummary s : shown) {
                w.bullet(dayTime.format(s.time()) + " - " + (s.title().isBlank() ? "session" : s.title())
                        + (s.lifts().isEmpty() ? "" : ": " + String.join(", ", s.lifts())));
            }
            if (shown.size() < before.size()) {
                w.line(w.regular, BODY - 1, "(" + (before.size() - shown.size()) + " earlier sessions not shown)");
            }
        }
        w.finish();
    }

    private static String hours(double h) {
        String n = h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
        return n + (h == 1 ? " hour" : " hours");
    }

    /** The NHS-style words the questionnaire shows beside the scale. */
    static String severityWord(int s) {
        if (s == 0) {
            return "none";
        }
        return s <= 3 ? "mild" : s <= 6 ? "moderate" : "severe";
    }

    /** Replaces what the standard fonts (WinAnsi) cannot show. */
    static String sanitise(String text, PDFont font) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            String mapped = REPLACEMENTS.getOrDefault(ch, ch);
            if (mapped.equals(ch) && (Character.isISOControl(cp) || !canEncode(font, ch))) {
                mapped = Character.isISOControl(cp) ? " " : "?";
            }
            sb.append(mapped);
        });
        return sb.toString();
    }

    private static boolean canEncode(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** A top-down text cursor that wraps lines and stops (with a note) at the bottom of the page. */
    private static final class Writer {
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDPageContentStream cs;
        private final float left;
        private final float width;
        private float y;
        private float bottom;
        private boolean full;

        Writer(PDPageContentStream cs, PDRectangle box) {
            this.cs = cs;
            this.left = MARGIN;
            this.width = box.getWidth() - 2 * MARGIN;
            this.y = box.getHeight() - MARGIN;
            this.bottom = MARGIN;
        }

        void footer(String text) throws IOException {
            List<String> lines = wrap(regular, BODY - 1, sanitise(text, regular), width);
            float h = lines.size() * (BODY - 1) * LEADING;
            float fy = MARGIN + h;
            for (String l : lines) {
                draw(regular, BODY - 1, left, fy - (BODY - 1), l);
                fy -= (BODY - 1) * LEADING;
            }
            bottom = MARGIN + h + 14;
        }

        void title(String text) throws IOException {
            line(bold, 16, text);
            y -= 4;
        }

        void heading(String text) throws IOException {
            line(bold, BODY + 1.5f, text);
        }

        void gap() {
            y -= BODY * 0.6f;
        }

        void paragraph(String text) throws IOException {
            line(regular, BODY, text);
        }

        void labelled(String label, String text) throws IOException {
            String clean = sanitise(text, regular);
            String cleanLabel = sanitise(label, bold);
            float labelWidth = bold.getStringWidth(cleanLabel) / 1000 * BODY;
            List<String> lines = wrap(regular, BODY, clean, width - labelWidth);
            boolean firstLine = true;
            for (String l : lines) {
                if (!room(BODY)) {
                    return;
                }
                if (firstLine) {
                    draw(bold, BODY, left, y - BODY, cleanLabel);
                }
                draw(regular, BODY, left + labelWidth, y - BODY, l);
                y -= BODY * LEADING;
                firstLine = false;
            }
        }

        void bullet(String text) throws IOException {
            List<String> lines = wrap(regular, BODY, sanitise(text, regular), width - 10);
            boolean firstLine = true;
            for (String l : lines) {
                if (!room(BODY)) {
                    return;
                }
                if (firstLine) {
                    draw(regular, BODY, left, y - BODY, "-");
                }
                draw(regular, BODY, left + 10, y - BODY, l);
                y -= BODY * LEADING;
                firstLine = false;
            }
        }

        void row(float[] cols, boolean header, String... cells) throws IOException {
            if (!room(BODY)) {
                return;
            }
            PDFont font = header ? bold : regular;
            for (int i = 0; i < cells.length; i++) {
                draw(font, BODY, left + cols[i], y - BODY, sanitise(cells[i], font));
            }
            y -= BODY * LEADING;
        }

        void line(PDFont font, float size, String text) throws IOException {
            for (String l : wrap(font, size, sanitise(text, font), width)) {
                if (!room(size)) {
                    return;
                }
                draw(font, size, left, y - size, l);
                y -= size * LEADING;
            }
        }

        void finish() {
            // nothing to close: the content stream is closed by the caller
        }

        private boolean room(float size) throws IOException {
            if (full) {
                return false;
            }
            if (y - size * LEADING * 2 < bottom) {
                full = true;
                draw(regular, BODY - 1, left, y - size, "(more than fits on one page; the rest is left out)");
                return false;
            }
            return true;
        }

        private void draw(PDFont font, float size, float x, float baseline, String text) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        }

        private static List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = cur.length() == 0 ? word : cur + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= max || cur.length() == 0) {
                    cur.setLength(0);
                    cur.append(candidate);
                } else {
                    lines.add(cur.toString());
                    cur.setLength(0);
                    cur.append(word);
                }
            }
            if (cur.length() > 0) {
                lines.add(cur.toString());
            }
            // a single word wider than the line is cut rather than run off the page
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                String s = l;
                while (font.getStringWidth(s) / 1000 * size > max && s.length() > 1) {
                    s = s.substring(0, s.length() - 1);
                }
                out.add(s);
            }
            return out;
        }
    }

    /** The body area in words, as the questionnaire offered it. */
    static String areaLabel(String id) {
        if (PainCheckLinks.ELSEWHERE.equals(id)) {
            return "somewhere else";
        }
        return PainCheckLinks.DEFAULT_AREAS.stream().filter(a -> a.id().equals(id)).map(PainCheckLinks.Area::label)
                .findFirst().orElse(id);
    }
}
