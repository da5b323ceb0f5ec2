package formcoach.paincheck;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pain-check summary for a GP or physiotherapist, written like a referral letter: who (if the
 * person gave a name and date of birth), a summary in the third person, the outcome and its reasons
 * in clinical words, the presenting complaint, a systems review of pertinent positives and negatives
 * ("Reports … / Denies … / Not asked …"), a chart of severity over days since the session against the
 * usual course of muscle soreness, and the training before the pain. A value the questionnaire never
 * asked (the check stopped at an emergency answer) is printed as "not asked", never as its placeholder.
 * Checks marked as entered by mistake are left out. No rule ids, level codes or source keys appear.
 *
 * <p>Text is set in DejaVu Sans, embedded (subset) from the jar, so names in any European script print
 * as written; a character the font lacks (an emoji, CJK) becomes "?" rather than failing. The report
 * runs to as many A4 pages as it needs, each with a footer and page number.
 */
public final class ClinicianReport {
    static final String FONT_REGULAR = "/formcoach/paincheck/fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "/formcoach/paincheck/fonts/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 56;
    private static final float BODY = 9.5f;
    private static final float LEADING = 1.35f;
    private static final int MAX_TREND_ROWS = 14;
    private static final int MAX_SESSIONS = 8;
    private static final Duration SESSION_LOOKBACK = Duration.ofDays(7);
    private static final Color INK = new Color(0x1f, 0x23, 0x28);
    private static final Color MUTED = new Color(0x5a, 0x62, 0x6c);
    private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd3);
    private static final Color BAND = new Color(0xd9, 0xee, 0xdd);
    private static final Color BAND_EDGE = new Color(0x7f, 0xb8, 0x8a);
    private static final Color POINT = new Color(0x1d, 0x4e, 0x89);
    private static final Color OUTSIDE = new Color(0xb4, 0x23, 0x18);
    private static final Map<Level, Color> LEVEL_COLOURS = Map.of(
            Level.EMERGENCY, new Color(0xb4, 0x23, 0x18), Level.URGENT, new Color(0xc2, 0x5b, 0x00),
            Level.SEE_PROFESSIONAL, new Color(0x8a, 0x6d, 0x00), Level.SELF_CARE_POSSIBLE_STRAIN, new Color(0x1d, 0x4e, 0x89),
            Level.SELF_CARE_DOMS, new Color(0x2e, 0x6b, 0x3a));

    private final Advice advice;
    private final ReportWords words;
    private final ZoneId zone;

    /** The person the report is about, as they chose to give it (either part may be null). */
    public record Person(String name, LocalDate birthDate) {
        public static final Person NONE = new Person(null, null);

        public Person {
            name = name == null || name.isBlank() ? null : name.strip();
        }

        /** From the settings' text (the date as yyyy-mm-dd); a date that does not parse is left out. */
        public static Person of(String name, String birthDate) {
            LocalDate d = null;
            if (birthDate != null && !birthDate.isBlank()) {
                try {
                    d = LocalDate.parse(birthDate.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    d = null;
                }
            }
            return new Person(name, d);
        }
    }

    public ClinicianReport(Advice advice, ZoneId zone) {
        this(advice, ReportWords.shipped(), zone);
    }

    public ClinicianReport(Advice advice, ReportWords words, ZoneId zone) {
        this.advice = advice;
        this.words = words;
        this.zone = zone;
    }

    /**
     * Writes the report with the emergency names of this system's region and no name; see
     * {@link #writeReport(Path, List, List, String, Region, Person)}.
     */
    public void writeReport(Path out, List<PainCheckRecord> checks, List<SessionSummary> sessions, String notice) throws IOException {
        writeReport(out, checks, sessions, notice, advice.defaultRegion(Locale.getDefault()), Person.NONE);
    }

    /**
     * Writes {@code out}, replacing it only once the new file is complete.
     *
     * @param checks   the checks to report, any order; those marked as entered by mistake are left out, and at
     *                 least one must remain. The latest is described in full, all of them in the trend.
     * @param sessions sessions to list when they fall in the week before the first check up to the latest
     * @param notice   what the app told the person about its limits (quoted at the end)
     * @param region   whose emergency number and services the outcome names
     * @param person   name and date of birth to print, or {@link Person#NONE}
     */
    public void writeReport(Path out, List<PainCheckRecord> checks, List<SessionSummary> sessions, String notice,
                            Region region, Person person) throws IOException {
        List<PainCheckRecord> counted = checks.stream().filter(c -> !c.enteredByMistake())
                .sorted(Comparator.comparing(PainCheckRecord::time)).toList();
        if (counted.isEmpty()) {
            throw new IllegalArgumentException(checks.isEmpty() ? "a report needs at least one pain check"
                    : "every chosen pain check is marked as entered by mistake, so there is nothing to report");
        }
        if (notice == null || notice.isBlank()) {
            throw new IllegalArgumentException("the report needs its notice (not a diagnosis, not for emergencies)");
        }
        Path dir = out.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
        try (PDDocument doc = new PDDocument()) {
            Pages pages = new Pages(doc, font(doc, FONT_REGULAR), font(doc, FONT_BOLD));
            layout(pages, counted, sessions == null ? List.of() : sessions, notice, region, person == null ? Person.NONE : person);
            pages.finish(footer(person));
            doc.getDocumentInformation().setTitle("Upper-back pain after training: summary for a clinician");
            doc.getDocumentInformation().setCreator("Form Coach");
            if (person != null && person.name() != null) {
                doc.getDocumentInformation().setSubject(person.name());
            }
            doc.save(tmp.toFile());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = ClinicianReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the report's font " + resource + " is missing from the build");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private String footer(Person person) {
        return "Form Coach pain check summary" + (person != null && person.name() != null ? " for " + person.name() : "");
    }

    // ------------------------------------------------------------------ the letter

    private void layout(Pages p, List<PainCheckRecord> checks, List<SessionSummary> sessions, String notice, Region region,
                        Person person) throws IOException {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).withZone(zone);
        DateTimeFormatter dayTime = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).withZone(zone);
        PainCheckRecord latest = checks.get(checks.size() - 1);
        PainCheckRecord first = checks.get(0);
        Optional<SessionSummary> session = sessionBefore(first, sessions);

        p.text(p.bold, 14.5f, ACCENT, "Upper-back pain after training: summary for a clinician");
        p.gap(2);
        p.text(p.regular, BODY - 0.5f, MUTED, "Prepared by Form Coach, a self-check app, from the person's own answers. "
                + (checks.size() == 1 ? "One check, on " + day.format(latest.time()) : checks.size() + " checks from "
                + day.format(first.time()) + " to " + day.format(latest.time())) + ".");
        p.gap(6);
        p.labelled("Name: ", person.name() == null ? "not given" : person.name());
        p.labelled("Date of birth: ", person.birthDate() == null ? "not given"
                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(person.birthDate())
                + ageAt(person.birthDate(), latest.time()));
        p.rule();

        String who = person.name() == null ? "The person" : person.name();
        p.heading("Summary");
        p.paragraph(summary(who, latest, session, dayTime));
        if (latest.stoppedEarly()) {
            p.paragraph("The check stopped at an emergency answer, so the remaining questions were not asked. "
                    + "They are shown below as not asked; no answer is assumed for them.");
        }

        p.heading("Outcome of the latest check");
        p.text(p.bold, BODY + 0.5f, LEVEL_COLOURS.get(latest.level()), words.level(latest.level(), region) + ".");
        p.gap(2);
        List<String> reasons = reasons(latest);
        if (!reasons.isEmpty()) {
            p.text(p.regular, BODY, INK, reasons.size() == 1 ? "Reason:" : "Reasons:");
            for (String r : reasons) {
                p.bullet(r);
            }
        }

        p.heading("Presenting complaint (latest check, " + dayTime.format(latest.time()) + ")");
        presentingComplaint(p, latest);

        p.heading("Systems review (latest check)");
        systemsReview(p, latest);

        p.heading("Severity over time");
        trend(p, checks, session, dayTime);

        p.heading("Training before the pain");
        training(p, checks, sessions, dayTime);

        p.heading("About this summary");
        p.paragraph("These are the person's own answers to a structured self-check, sorted by rules drawn from NHS, NICE "
                + "and CDC guidance. It is not a diagnosis or a clinical assessment. The app told the person: \u201c"
                + region.fill(notice.strip()) + "\u201d");
    }

    private static String ageAt(LocalDate birth, Instant at) {
        LocalDate then = at.atZone(ZoneId.of("UTC")).toLocalDate();
        if (birth.isAfter(then)) {
            return "";
        }
        return " (age " + Period.between(birth, then).getYears() + " at the latest check)";
    }

    private String summary(String who, PainCheckRecord c, Optional<SessionSummary> session, DateTimeFormatter dayTime) {
        Facts f = c.facts();
        StringBuilder sb = new StringBuilder();
        sb.append(who).append(" reports upper-back pain");
        c.areaId().ifPresent(a -> sb.append(" (").append(areaLabel(a).toLowerCase(Locale.ROOT)).append(')'));
        if (c.asked(FactKey.ONSET_HOURS)) {
            sb.append(f.onsetHours() == 0 ? " that began during or straight after a training session"
                    : " that began " + hours(f.onsetHours()) + " after a training session");
        } else {
            sb.append(" after a training session (time of onset not asked)");
        }
        session.ifPresent(s -> sb.append(" (").append(sessionName(s)).append(", ended ").append(dayTime.format(s.time())).append(')'));
        sb.append('.');
        List<String> now = new ArrayList<>();
        if (c.asked(FactKey.SEVERITY)) {
            now.add("rated " + f.severity() + "/10 (" + severityWord(f.severity()) + ")");
        }
        if (c.asked(FactKey.CHARACTER)) {
            now.add(f.character().id());
        }
        if (c.asked(FactKey.LOCATION)) {
            now.add(f.location() == PainLocation.DIFFUSE ? "diffuse" : "localized");
        }
        if (!now.isEmpty()) {
            sb.append(" At the latest check the pain was ").append(joinAnd(now)).append('.');
        }
        if (c.asked(FactKey.DAYS_SINCE_ONSET)) {
            int d = f.daysSinceOnset();
            sb.append(d == 0 ? " It began that day." : " It began " + d + (d == 1 ? " day" : " days") + " before that check.");
        }
        return sb.toString();
    }

    private List<String> reasons(PainCheckRecord c) {
        // at URGENT and EMERGENCY only the decisive level's reasons, as the person was shown (rules §8)
        return c.reasons().stream().filter(r -> !c.level().isAtLeast(Level.URGENT) || r.level() == c.level())
                .map(r -> words.reason(r, c.facts(), c.notAsked())).distinct().toList();
    }

    private void presentingComplaint(Pages p, PainCheckRecord c) throws IOException {
        Facts f = c.facts();
        p.labelled("Site: ", c.areaId().map(ClinicianReport::areaLabel).orElse("upper back (area not given)")
                + (c.asked(FactKey.LOCATION) ? "; " + (f.location() == PainLocation.DIFFUSE ? "diffuse, over a muscle group"
                : "localized to one spot") : "; spread not asked"));
        p.labelled("Onset: ", !c.asked(FactKey.ONSET_HOURS) ? "not asked"
                : f.onsetHours() == 0 ? "during the lift or straight after it" : hours(f.onsetHours()) + " after the session ended");
        p.labelled("Duration: ", !c.asked(FactKey.DAYS_SINCE_ONSET) ? "not asked"
                : f.daysSinceOnset() == 0 ? "began on the day of the check"
                : "day " + f.daysSinceOnset() + " (began " + f.daysSinceOnset() + (f.daysSinceOnset() == 1 ? " day" : " days") + " before the check)");
        p.labelled("Character: ", c.asked(FactKey.CHARACTER) ? f.character().id() : "not asked");
        p.labelled("Severity: ", c.asked(FactKey.SEVERITY) ? f.severity() + "/10 at worst now (" + severityWord(f.severity()) + ")" : "not asked");
        c.note().ifPresent(n -> {
            try {
                p.labelled("Session note: ", n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void systemsReview(Pages p, PainCheckRecord c) throws IOException {
        for (ReportWords.SystemGroup g : words.systems()) {
            List<String> yes = new ArrayList<>();
            List<String> no = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            g.facts().forEach((id, term) -> {
                FactKey k = FactKey.fromId(id).orElseThrow();
                if (!c.asked(k)) {
                    skipped.add(term);
                } else if (c.facts().is(k)) {
                    yes.add(term);
                } else {
                    no.add(term);
                }
            });
            p.keepTogether(BODY * LEADING * 3);
            p.text(p.bold, BODY, INK, g.title());
            if (!yes.isEmpty()) {
                p.labelled("Reports ", String.join("; ", yes) + ".", 10, LEVEL_COLOURS.get(Level.EMERGENCY));
            }
            if (!no.isEmpty()) {
                p.labelled("Denies ", String.join("; ", no) + ".", 10, INK);
            }
            if (!skipped.isEmpty()) {
                p.labelled("Not asked: ", String.join("; ", skipped) + ".", 10, MUTED);
            }
            p.gap(2);
        }
    }

    private void trend(Pages p, List<PainCheckRecord> checks, Optional<SessionSummary> session, DateTimeFormatter dayTime) throws IOException {
        // a check goes on the chart only with a severity that was asked, at a day that is known: from the
        // session's time, or else from the onset and days it was asked
        List<PainCheckRecord> rated = checks.stream().filter(c -> c.asked(FactKey.SEVERITY)
                && (session.isPresent() || c.asked(FactKey.ONSET_HOURS) && c.asked(FactKey.DAYS_SINCE_ONSET))).toList();
        if (rated.isEmpty()) {
            p.paragraph("No severity was recorded: the check stopped at an emergency answer before the pain was rated"
                    + " or its timing was asked.");
            return;
        }
        List<SorenessCourse.Point> series = SorenessCourse.series(rated, session.map(SessionSummary::time).orElse(null));
        List<SorenessCourse.Assessed> assessed = SorenessCourse.assess(series);
        p.paragraph(session.map(s -> "Days are counted from the end of " + sessionName(s) + " on " + dayTime.format(s.time()) + ".")
                .orElse("No session was recorded in the week before the first check, so days are estimated from the answers "
                        + "(onset hours plus days since onset)."));
        p.chart(assessed);
        List<Integer> rows = new ArrayList<>();
        for (int i = Math.max(0, rated.size() - MAX_TREND_ROWS); i < rated.size(); i++) {
            rows.add(i);
        }
        float[] cols = {0, 118, 178, 236, 346};
        p.keepTogether(BODY * LEADING * 3);
        p.row(cols, true, "Check", "Day", "Severity", "Outcome", "Against the usual course of soreness");
        for (int i : rows) {
            PainCheckRecord c = rated.get(i);
            SorenessCourse.Assessed a = assessed.get(i);
            String course = a.outside() ? a.deviations().stream().sorted().map(ClinicianReport::deviation)
                    .reduce((x, y) -> x + "; " + y).orElse("") : "within";
            p.row(cols, false, dayTime.format(c.time()), String.format(Locale.ROOT, "%.1f", a.point().hoursSinceSession() / 24.0),
                    c.facts().severity() + "/10", shortLevel(c.level()), course);
        }
        if (rows.size() < rated.size()) {
            p.text(p.regular, BODY - 1, MUTED, "(" + (rated.size() - rows.size()) + " earlier checks are in the chart but not in this table)");
        }
        int unrated = checks.size() - rated.size();
        if (unrated > 0) {
            p.text(p.regular, BODY - 1, MUTED, "(" + unrated + (unrated == 1 ? " check is" : " checks are")
                    + " not charted: stopped at an emergency answer before the severity or the timing was asked)");
        }
    }

    private void training(Pages p, List<PainCheckRecord> checks, List<SessionSummary> sessions, DateTimeFormatter dayTime) throws IOException {
        Instant from = checks.get(0).time().minus(SESSION_LOOKBACK);
        Instant to = checks.get(checks.size() - 1).time();
        List<SessionSummary> before = sessions.stream().filter(s -> !s.time().isAfter(to) && !s.time().isBefore(from))
                .sorted(Comparator.comparing(SessionSummary::time)).toList();
        if (before.isEmpty()) {
            p.paragraph("No sessions were recorded in the week before the first check.");
            return;
        }
        List<SessionSummary> shown = before.size() > MAX_SESSIONS ? before.subList(before.size() - MAX_SESSIONS, before.size()) : before;
        if (shown.size() < before.size()) {
            p.text(p.regular, BODY - 1, MUTED, "(" + (before.size() - shown.size()) + " earlier sessions not shown)");
        }
        for (SessionSummary s : shown) {
            String len = s.duration().isZero() ? "" : ", " + Math.max(1, s.duration().toMinutes()) + " min";
            p.bullet(dayTime.format(s.time()) + ": " + sessionName(s) + len + (s.lifts().isEmpty() ? "" : ". Lifts: " + String.join(", ", s.lifts()) + "."));
        }
    }

    private Optional<SessionSummary> sessionBefore(PainCheckRecord first, List<SessionSummary> sessions) {
        return sessions.stream().filter(s -> !s.time().isAfter(first.time()) && !s.time().isBefore(first.time().minus(SESSION_LOOKBACK)))
                .max(Comparator.comparing(SessionSummary::time));
    }

    private static String sessionName(SessionSummary s) {
        return s.title().isBlank() ? "a session" : s.title();
    }

    static String deviation(SorenessCourse.Deviation d) {
        return switch (d) {
            case ABOVE_EXPECTED -> "above the usual range";
            case RISING_AFTER_PEAK -> "rising after 72 h";
            case NOT_BETTER_BY_DAY_3 -> "not improving by day 3";
            case PAST_DAY_5 -> "persisting past day 5";
        };
    }

    static String shortLevel(Level l) {
        return switch (l) {
            case EMERGENCY -> "Emergency";
            case URGENT -> "Urgent (same day)";
            case SEE_PROFESSIONAL -> "Routine review";
            case SELF_CARE_POSSIBLE_STRAIN -> "Self-care, strain";
            case SELF_CARE_DOMS -> "Self-care, soreness";
        };
    }

    private static String hours(double h) {
        String n = h == Math.rint(h) ? String.valueOf((long) h) : String.format(Locale.ROOT, "%.1f", h);
        return n + (h == 1 ? " hour" : " hours");
    }

    private static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** The NHS-style words the questionnaire shows beside the scale. */
    static String severityWord(int s) {
        if (s == 0) {
            return "none";
        }
        return s <= 3 ? "mild" : s <= 6 ? "moderate" : "severe";
    }

    /** The body area in words, as the questionnaire offered it. */
    static String areaLabel(String id) {
        if (PainCheckLinks.ELSEWHERE.equals(id)) {
            return "somewhere else";
        }
        return PainCheckLinks.DEFAULT_AREAS.stream().filter(a -> a.id().equals(id)).map(PainCheckLinks.Area::label)
                .findFirst().orElse(id);
    }

    /** Replaces what the font cannot show with "?" and control characters with spaces, so no text can fail the report. */
    static String sanitise(String text, PDFont font) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == '\u00a0' || cp == '\u2009' || cp == '\u202f') {
                sb.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            sb.append(canEncode(font, ch) ? ch : "?");
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

    // ------------------------------------------------------------------ pages

    /** A top-down text cursor over as many A4 pages as the letter needs, with wrapping and a chart. */
    private static final class Pages {
        final PDFont regular;
        final PDFont bold;
        private final PDDocument doc;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        private float y;
        private final float left = MARGIN;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private final float top = PDRectangle.A4.getHeight() - MARGIN;
        private final float bottom = MARGIN + 22;

        Pages(PDDocument doc, PDFont regular, PDFont bold) throws IOException {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = top;
        }

        /** Starts a new page unless {@code height} still fits on this one. */
        void keepTogether(float height) throws IOException {
            if (y - height < bottom) {
                newPage();
            }
        }

        void gap(float h) {
            y -= h;
        }

        void rule() throws IOException {
            gap(4);
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.6f);
            cs.moveTo(left, y);
            cs.lineTo(left + width, y);
            cs.stroke();
            gap(6);
        }

        void heading(String text) throws IOException {
            gap(7);
            keepTogether((BODY + 2) * LEADING + BODY * LEADING * 3);
            text(bold, BODY + 2, ACCENT, text);
            gap(1);
        }

        void paragraph(String text) throws IOException {
            text(regular, BODY, INK, text);
            gap(2);
        }

        void text(PDFont font, float size, Color colour, String text) throws IOException {
            for (String l : wrap(font, size, sanitise(text, font), width)) {
                keepTogether(size * LEADING);
                draw(font, size, colour, left, y - size, l);
                y -= size * LEADING;
            }
        }

        void labelled(String label, String text) throws IOException {
            labelled(label, text, 0, INK);
        }

        /** A bold label with the text after it, wrapped lines hanging under the text. */
        void labelled(String label, String text, float indent, Color labelColour) throws IOException {
            String cleanLabel = sanitise(label, bold);
            float labelWidth = bold.getStringWidth(cleanLabel) / 1000 * BODY;
            List<String> lines = wrap(regular, BODY, sanitise(text, regular), width - indent - labelWidth);
            boolean first = true;
            for (String l : lines) {
                keepTogether(BODY * LEADING);
                if (first) {
                    draw(bold, BODY, labelColour, left + indent, y - BODY, cleanLabel);
                }
                draw(regular, BODY, INK, left + indent + labelWidth, y - BODY, l);
                y -= BODY * LEADING;
                first = false;
            }
        }

        void bullet(String text) throws IOException {
            boolean first = true;
            for (String l : wrap(regular, BODY, sanitise(text, regular), width - 12)) {
                keepTogether(BODY * LEADING);
                if (first) {
                    draw(regular, BODY, INK, left + 2, y - BODY, "\u2022");
                }
                draw(regular, BODY, INK, left + 12, y - BODY, l);
                y -= BODY * LEADING;
                first = false;
            }
        }

        void row(float[] cols, boolean header, String... cells) throws IOException {
            PDFont font = header ? bold : regular;
            float size = BODY - 0.5f;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.length; i++) {
                float w = (i + 1 < cols.length ? cols[i + 1] : width) - cols[i] - 6;
                List<String> l = wrap(font, size, sanitise(cells[i], font), w);
                wrapped.add(l);
                lines = Math.max(lines, l.size());
            }
            keepTogether(size * LEADING * lines + 3);
            for (int i = 0; i < cells.length; i++) {
                for (int j = 0; j < wrapped.get(i).size(); j++) {
                    draw(font, size, header ? MUTED : INK, left + cols[i], y - size - j * size * LEADING, wrapped.get(i).get(j));
                }
            }
            y -= size * LEADING * lines + 3;
            if (header) {
                cs.setStrokingColor(RULE);
                cs.setLineWidth(0.5f);
                cs.moveTo(left, y + 1.5f);
                cs.lineTo(left + width, y + 1.5f);
                cs.stroke();
            }
        }

        /** Severity (0-10) against days since the session over the usual soreness band; outside points as red diamonds. */
        void chart(List<SorenessCourse.Assessed> points) throws IOException {
            float h = 150;
            float axisLeft = 26;
            float axisBottom = 24;
            keepTogether(h + 40);
            float x0 = left + axisLeft;
            float plotW = width - axisLeft - 8;
            float plotTop = y - 16;
            float y0 = plotTop - (h - axisBottom);
            float plotH = plotTop - y0;
            double maxDays = 7;
            for (SorenessCourse.Assessed a : points) {
                maxDays = Math.max(maxDays, Math.ceil(a.point().hoursSinceSession() / 24.0 + 0.5));
            }
            maxDays = Math.min(maxDays, 30);
            final double md = maxDays;
            java.util.function.DoubleUnaryOperator px = d -> x0 + (float) (Math.max(0, Math.min(d, md)) / md * plotW);
            java.util.function.DoubleUnaryOperator py = s -> y0 + (float) (s / 10.0 * plotH);

            // the band: expected severity rises over the first day, peaks 1-3 days, fades by day 5
            double[] steps = {0, 6, SorenessCourse.PEAK_FROM_HOURS, SorenessCourse.PEAK_TO_HOURS, SorenessCourse.GONE_BY_HOURS};
            cs.setNonStrokingColor(BAND);
            cs.moveTo((float) px.applyAsDouble(0), (float) py.applyAsDouble(0));
            for (int i = 0; i < steps.length; i++) {
                int high = SorenessCourse.expectedAt(steps[i]).high();
                double fromDay = steps[i] / 24.0;
                double toDay = i + 1 < steps.length ? steps[i + 1] / 24.0 : fromDay;
                cs.lineTo((float) px.applyAsDouble(fromDay), (float) py.applyAsDouble(high));
                cs.lineTo((float) px.applyAsDouble(toDay), (float) py.applyAsDouble(high));
            }
            cs.lineTo((float) px.applyAsDouble(steps[steps.length - 1] / 24.0), (float) py.applyAsDouble(0));
            cs.closePath();
            cs.fill();

            // grid and axes
            cs.setLineWidth(0.4f);
            for (int s = 0; s <= 10; s += 2) {
                cs.setStrokingColor(s == 0 ? MUTED : RULE);
                cs.moveTo(x0, (float) py.applyAsDouble(s));
                cs.lineTo(x0 + plotW, (float) py.applyAsDouble(s));
                cs.stroke();
                String label = String.valueOf(s);
                float lw = regular.getStringWidth(label) / 1000 * 7.5f;
                draw(regular, 7.5f, MUTED, x0 - 5 - lw, (float) py.applyAsDouble(s) - 2.5f, label);
            }
            cs.setStrokingColor(MUTED);
            cs.moveTo(x0, y0);
            cs.lineTo(x0, y0 + plotH);
            cs.stroke();
            int every = md <= 10 ? 1 : md <= 20 ? 2 : 5;
            for (int d = 0; d <= md; d += every) {
                float tx = (float) px.applyAsDouble(d);
                cs.moveTo(tx, y0);
                cs.lineTo(tx, y0 - 3);
                cs.stroke();
                String label = String.valueOf(d);
                float lw = regular.getStringWidth(label) / 1000 * 7.5f;
                draw(regular, 7.5f, MUTED, tx - lw / 2, y0 - 11, label);
            }
            String xTitle = "Days since the session";
            float xw = regular.getStringWidth(xTitle) / 1000 * 7.5f;
            draw(regular, 7.5f, MUTED, x0 + plotW / 2 - xw / 2, y0 - 21, xTitle);
            draw(regular, 7.5f, MUTED, left - 2, plotTop + 9, "Severity /10");
            draw(regular, 7.5f, BAND_EDGE.darker(), (float) px.applyAsDouble(0.3), (float) py.applyAsDouble(0.5), "Usual course of soreness");

            // the checks, joined in time order
            if (points.size() > 1) {
                cs.setStrokingColor(POINT);
                cs.setLineWidth(1.1f);
                for (int i = 0; i < points.size(); i++) {
                    SorenessCourse.Point pt = points.get(i).point();
                    float cx = (float) px.applyAsDouble(pt.hoursSinceSession() / 24.0);
                    float cy = (float) py.applyAsDouble(pt.severity());
                    if (i == 0) {
                        cs.moveTo(cx, cy);
                    } else {
                        cs.lineTo(cx, cy);
                    }
                }
                cs.stroke();
            }
            for (SorenessCourse.Assessed a : points) {
                float cx = (float) px.applyAsDouble(a.point().hoursSinceSession() / 24.0);
                float cy = (float) py.applyAsDouble(a.point().severity());
                if (a.outside()) {
                    float r = 4.2f;
                    cs.setNonStrokingColor(OUTSIDE);
                    cs.moveTo(cx, cy + r);
                    cs.lineTo(cx + r, cy);
                    cs.lineTo(cx, cy - r);
                    cs.lineTo(cx - r, cy);
                    cs.closePath();
                    cs.fill();
                } else {
                    cs.setNonStrokingColor(POINT);
                    circle(cx, cy, 3f);
                    cs.fill();
                }
            }
            y = y0 - 28;
            // legend
            float lx = left + axisLeft;
            cs.setNonStrokingColor(BAND);
            cs.addRect(lx, y - 7, 12, 8);
            cs.fill();
            draw(regular, 7.5f, MUTED, lx + 16, y - 6.5f, "usual range of muscle soreness");
            lx += 150;
            cs.setNonStrokingColor(POINT);
            circle(lx + 5, y - 3, 3f);
            cs.fill();
            draw(regular, 7.5f, MUTED, lx + 12, y - 6.5f, "check within it");
            lx += 90;
            cs.setNonStrokingColor(OUTSIDE);
            cs.moveTo(lx + 5, y + 1.2f);
            cs.lineTo(lx + 9.2f, y - 3);
            cs.lineTo(lx + 5, y - 7.2f);
            cs.lineTo(lx + 0.8f, y - 3);
            cs.closePath();
            cs.fill();
            draw(regular, 7.5f, MUTED, lx + 13, y - 6.5f, "check outside it");
            y -= 16;
        }

        private void circle(float cx, float cy, float r) throws IOException {
            float k = 0.5523f * r;
            cs.moveTo(cx + r, cy);
            cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            cs.closePath();
        }

        /** Closes the last page and stamps every page with the footer and "page i of n". */
        void finish(String footer) throws IOException {
            cs.close();
            int n = pages.size();
            for (int i = 0; i < n; i++) {
                try (PDPageContentStream fs = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    fs.setStrokingColor(RULE);
                    fs.setLineWidth(0.5f);
                    fs.moveTo(left, MARGIN + 10);
                    fs.lineTo(left + width, MARGIN + 10);
                    fs.stroke();
                    String f = sanitise(footer, regular);
                    String pageNo = "Page " + (i + 1) + " of " + n;
                    float pw = regular.getStringWidth(pageNo) / 1000 * 7.5f;
                    List<String> fl = wrap(regular, 7.5f, f, width - pw - 20);
                    writeAt(fs, regular, 7.5f, left, MARGIN, fl.get(0));
                    writeAt(fs, regular, 7.5f, left + width - pw, MARGIN, pageNo);
                }
            }
        }

        private static void writeAt(PDPageContentStream s, PDFont font, float size, float x, float baseline, String text) throws IOException {
            s.beginText();
            s.setNonStrokingColor(MUTED);
            s.setFont(font, size);
            s.newLineAtOffset(x, baseline);
            s.showText(text);
            s.endText();
        }

        private void draw(PDFont font, float size, Color colour, float x, float baseline, String text) throws IOException {
            cs.beginText();
            cs.setNonStrokingColor(colour);
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(sanitise(text, font));
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
            if (cur.length() > 0 || lines.isEmpty()) {
                lines.add(cur.toString());
            }
            // a single word wider than the line is broken rather than run off the page
            List<String> out = new ArrayList<>();
            for (String l : lines) {
                String s = l;
                while (font.getStringWidth(s) / 1000 * size > max && s.length() > 1) {
                    int cut = s.length() - 1;
                    while (cut > 1 && font.getStringWidth(s.substring(0, cut)) / 1000 * size > max) {
                        cut--;
                    }
                    out.add(s.substring(0, cut));
                    s = s.substring(cut);
                }
                out.add(s);
            }
            return out;
        }
    }
}
