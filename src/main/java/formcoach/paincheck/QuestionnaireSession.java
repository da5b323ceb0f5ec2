package formcoach.paincheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run through the pain-check pages: which page is asked, the typed answers, skipping, going back
 * and changing an earlier answer, and the emergency stop. No toolkit; the screens only show what
 * this says.
 *
 * <ul>
 *   <li>Serious signs are grouped pages; each sign is answered {@link Answer#YES}, {@link Answer#NO}
 *       or {@link Answer#NOT_SURE} (counted as yes, rules D9), or all at once with
 *       {@link #noneOfThese()}. Nothing on them is ever answered in advance.</li>
 *   <li>As soon as the answers make the check an emergency whatever the rest would be,
 *       {@link #emergencyStop()} is true and nothing more is asked.</li>
 *   <li>A page whose {@code askWhen} does not hold is skipped (the pop or snap when the pain began
 *       after the session), and its answers do not count.</li>
 *   <li>On a re-check, {@link #carryOver} fills only the answers about how the pain behaves, each
 *       marked as last time's ({@link #fromLastTime}) until the person changes it.</li>
 * </ul>
 */
public final class QuestionnaireSession {
    /** How a serious sign is answered. NOT_SURE counts as yes. */
    public enum Answer {
        YES, NO, NOT_SURE;

        public boolean countsAsYes() {
            return this != NO;
        }
    }

    /** One page of the summary: its title and what was answered, in plain words. */
    public record SummaryLine(String pageId, String title, String answer) {
    }

    private final Questionnaire questionnaire;
    private final Triage triage;
    private final List<QuestionPage> pages;
    private final List<PainCheckLinks.Area> areas;
    /** Answers by item id: Answer on red-flag pages, Boolean, String, Double or Integer elsewhere. */
    private final Map<String, Object> answers = new HashMap<>();
    /** Items whose answer was carried over from the last check and not changed since. */
    private final Set<String> carried = new HashSet<>();
    /** Index of the page asked now, or -1 at the summary / after an emergency stop. */
    private int index;
    /** After {@link #goTo}, {@link #next()} goes to the first page still to answer instead of the next one. */
    private boolean editing;
    private Double hoursSinceSession;

    QuestionnaireSession(Questionnaire questionnaire, Triage triage, List<PainCheckLinks.Area> areas) {
        this.questionnaire = questionnaire;
        this.triage = triage;
        this.pages = questionnaire.pages();
        this.areas = List.copyOf(areas);
        this.index = pages.isEmpty() ? -1 : 0;
    }

    public List<QuestionPage> pages() {
        return pages;
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /** The body areas the area item offers, besides "somewhere else". */
    public List<PainCheckLinks.Area> areas() {
        return areas;
    }

    /** The page to show now; empty at the summary, or once an emergency answer stopped the check. */
    public Optional<QuestionPage> current() {
        return index < 0 ? Optional.empty() : Optional.of(pages.get(index));
    }

    // ------------------------------------------------------------------ answering

    /**
     * Answers one item of the page being asked: an {@link Answer} (or Boolean) for a serious sign,
     * Boolean for other yes/no items, the answer's value (e.g. "aching") for word items, an area id,
     * or a Number for hours, severity and days. Stops the questions at once when the answers are
     * now an emergency.
     *
     * @throws IllegalArgumentException for an item not on the current page, or a value it cannot take
     */
    public void answer(String itemId, Object value) {
        QuestionPage page = current().orElseThrow(() -> new IllegalStateException("no page is being asked"));
        Question q = page.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item '" + itemId + "' on page '" + page.id() + "'"));
        String problem = q.isArea() ? invalidArea(value) : invalid(q, value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        answers.put(q.id(), normalise(page, q, value));
        carried.remove(q.id());
        if (emergencyStop()) {
            index = -1;
            editing = false;
        }
    }

    /** "None of these" on a serious-signs page: the person says no to every sign on it. */
    public void noneOfThese() {
        QuestionPage page = current().filter(QuestionPage::redFlags)
                .orElseThrow(() -> new IllegalStateException("'None of these' is only on a page of serious signs"));
        for (Question q : page.items()) {
            answers.put(q.id(), Answer.NO);
        }
    }

    /** Every item of the page has an answer. */
    public boolean pageComplete(QuestionPage page) {
        return page.items().stream().allMatch(q -> answers.containsKey(q.id()));
    }

    public boolean canGoNext() {
        return current().map(this::pageComplete).orElse(false);
    }

    /**
     * Confirms the page and moves on: to the next page that applies, or (after {@link #goTo}) to the
     * first page still to answer, or to the summary when there is none.
     *
     * @throws IllegalStateException when an item of the page has no answer
     */
    public void next() {
        QuestionPage page = current().orElseThrow(() -> new IllegalStateException("no page is being asked"));
        if (!pageComplete(page)) {
            throw new IllegalStateException("page '" + page.id() + "' has unanswered items");
        }
        page.items().forEach(q -> carried.remove(q.id()));
        if (editing) {
            editing = false;
            index = firstToAnswer();
            return;
        }
        int i = index + 1;
        while (i < pages.size() && applies(pages.get(i)) == Tri.FALSE) {
            i++;
        }
        index = i < pages.size() ? i : firstToAnswer();
    }

    /** Back one page that applies. False when the first page is showing (the caller goes to its start page). */
    public boolean back() {
        editing = false;
        int from = index < 0 ? pages.size() : index;
        for (int i = from - 1; i >= 0; i--) {
            if (applies(pages.get(i)) != Tri.FALSE) {
                index = i;
                return true;
            }
        }
        return false;
    }

    /** Opens a page to change its answers; {@link #next()} then returns to the first page still to answer. */
    public void goTo(String pageId) {
        int i = indexOf(pageId);
        if (applies(pages.get(i)) == Tri.FALSE) {
            throw new IllegalArgumentException("page '" + pageId + "' does not apply to these answers");
        }
        index = i;
        editing = true;
    }

    /** Goes to the summary when every page that applies is answered; otherwise to the first page still to answer. */
    public void toSummary() {
        editing = false;
        index = firstToAnswer();
    }

    // ------------------------------------------------------------------ state

    /** Whether a page is asked with the answers so far (UNKNOWN while the answer it depends on is missing). */
    public Tri applies(QuestionPage page) {
        if (page.askWhen() == null) {
            return Tri.TRUE;
        }
        Question q = questionnaire.questionFor(FactKey.fromId(page.askWhen().fact()).orElseThrow());
        Object v = answers.get(q.id());
        return v == null ? Tri.UNKNOWN : Tri.of(page.askWhen().holds(v));
    }

    /** The pages asked with the answers so far (a page waiting on an unanswered one counts). */
    public List<QuestionPage> pagesToAsk() {
        return pages.stream().filter(p -> applies(p) != Tri.FALSE).toList();
    }

    /** 1-based place of the current page among {@link #pagesToAsk()}; 0 when none is asked. */
    public int pageNumber() {
        return current().map(p -> pagesToAsk().indexOf(p) + 1).orElse(0);
    }

    /** True as soon as the answers given so far make the result EMERGENCY, whatever the rest would be. */
    public boolean emergencyStop() {
        return !emergencyRules().isEmpty();
    }

    /** The emergency rules the answers so far already fire. */
    public List<Rule> emergencyRules() {
        return triage.certainlyFiring(this::known).stream().filter(r -> r.level() == Level.EMERGENCY).toList();
    }

    /** Done: stopped at an emergency, or every page that applies answered and the summary reached. */
    public boolean isComplete() {
        return emergencyStop() || (index < 0 && firstToAnswer() < 0);
    }

    /** The answer to an item (Answer, Boolean, String, Double or Integer), if it has one. */
    public Optional<Object> answerTo(String itemId) {
        return Optional.ofNullable(answers.get(itemId));
    }

    /** True while an item's answer is the one carried over from the last check, unchanged. */
    public boolean fromLastTime(String itemId) {
        return carried.contains(itemId);
    }

    /** The area answered, if any. */
    public Optional<String> area() {
        return Optional.ofNullable((String) answers.get(Question.AREA));
    }

    // ------------------------------------------------------------------ suggestions

    /**
     * A re-check: fills the answers about how the pain behaves from the last check (facts as
     * {@link Rechecks#prefill} moves them on), each marked as last time's. Serious signs are never
     * filled; neither is anything the last check did not ask.
     */
    public void carryOver(Facts previous, String previousArea, Collection<String> notAsked) {
        for (QuestionPage p : pages) {
            if (p.redFlags()) {
                continue;
            }
            for (Question q : p.items()) {
                if (q.isArea()) {
                    if (previousArea != null && invalidArea(previousArea) == null) {
                        answers.put(q.id(), previousArea);
                        carried.add(q.id());
                    }
                    continue;
                }
                if (notAsked.contains(q.fact())) {
                    continue;
                }
                Object v = previous.get(q.factKey());
                answers.put(q.id(), normalise(p, q, v instanceof PainCharacter c ? c.id() : v instanceof PainLocation l ? l.id() : v));
                carried.add(q.id());
            }
        }
    }

    /** How long ago the last recorded session ended, for the onset page; never an answer by itself. */
    public void lastSessionEnded(double hoursAgo) {
        if (!(hoursAgo >= 0) || Double.isInfinite(hoursAgo)) {
            throw new IllegalArgumentException("hours since the session must be 0 or more, got " + hoursAgo);
        }
        this.hoursSinceSession = hoursAgo;
    }

    public Optional<Double> hoursSinceSession() {
        return Optional.ofNullable(hoursSinceSession);
    }

    /**
     * The quick answers for an hours or days item. For the onset, when the last session is known,
     * only the times that fit since it ended, then "just now" (the hours since it ended): the person
     * confirms one; none is chosen for them.
     */
    public List<Question.Choice> choicesFor(Question q) {
        if (q.kind() == Question.Kind.AREA) {
            List<Question.Choice> out = new ArrayList<>();
            areas.forEach(a -> out.add(new Question.Choice(a.id(), a.label())));
            out.add(new Question.Choice(PainCheckLinks.ELSEWHERE, "Somewhere else"));
            return out;
        }
        if (q.kind() != Question.Kind.HOURS || hoursSinceSession == null) {
            return q.answers().isEmpty() ? q.presets() : q.answers();
        }
        double h = Math.round(hoursSinceSession);
        List<Question.Choice> out = new ArrayList<>();
        for (Question.Choice c : q.presets()) {
            if (((Number) c.value()).doubleValue() < h || ((Number) c.value()).doubleValue() == 0) {
                out.add(c);
            }
        }
        if (h > 0) {
            out.add(new Question.Choice(h, "Just now, " + hours(h) + " after it ended"));
        }
        return out;
    }

    // ------------------------------------------------------------------ results

    /**
     * Every page asked, in order, with its answers in plain words. A serious sign appears only when it
     * was answered Yes or Not sure; a page with none says so. Nothing the person denied is listed.
     */
    public List<SummaryLine> summary() {
        List<SummaryLine> out = new ArrayList<>();
        Questionnaire.Words w = questionnaire.words();
        for (QuestionPage p : pages) {
            if (applies(p) != Tri.TRUE) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            boolean any = false;
            boolean onlyYesNo = true;
            for (Question q : p.items()) {
                Object v = answers.get(q.id());
                if (v == null) {
                    continue;
                }
                any = true;
                if (v instanceof Answer a) {
                    if (a == Answer.YES) {
                        parts.add(q.brief());
                    } else if (a == Answer.NOT_SURE) {
                        parts.add(q.brief() + " (" + w.notSure().toLowerCase(Locale.ROOT) + ", counted as yes)");
                    }
                } else if (v instanceof Boolean b) {
                    if (b) {
                        parts.add(q.brief());
                    }
                } else {
                    onlyYesNo = false;
                    parts.add(words(q, v));
                }
            }
            if (!any) {
                continue;
            }
            if (parts.isEmpty()) {
                // one sign denied reads "No"; a group of them "None of these"
                parts.add(!onlyYesNo ? "" : p.items().size() > 1 ? w.noneOfThese() : w.no());
            }
            String text = String.join(" · ", parts.stream().filter(s -> !s.isEmpty()).toList());
            out.add(new SummaryLine(p.id(), p.title(), capitalise(text)));
        }
        return out;
    }

    /** The facts not answered, by id, after an emergency stop (their values in {@link #toFacts()} are placeholders). */
    public List<String> notAsked() {
        List<String> out = new ArrayList<>();
        for (QuestionPage p : pages) {
            if (applies(p) == Tri.FALSE) {
                continue;
            }
            for (Question q : p.items()) {
                if (!q.isArea() && !answers.containsKey(q.id())) {
                    out.add(q.fact());
                }
            }
        }
        return out;
    }

    /**
     * The facts for the check; "Not sure" counts as yes. After an emergency stop the unasked answers
     * are placeholders (false, 0 days, 0/10, a dull diffuse ache 24 hours after the session) listed by
     * {@link #notAsked()}; the emergency rules fire whatever they are.
     *
     * @throws IllegalStateException when the questionnaire is not complete
     */
    public Facts toFacts() {
        if (!isComplete()) {
            throw new IllegalStateException("the questionnaire is not complete: " + notAsked().size() + " questions to go");
        }
        Map<FactKey, Object> m = new EnumMap<>(FactKey.class);
        m.put(FactKey.ONSET_HOURS, 24.0);
        m.put(FactKey.CHARACTER, PainCharacter.DULL);
        m.put(FactKey.LOCATION, PainLocation.DIFFUSE);
        m.put(FactKey.SEVERITY, 0);
        m.put(FactKey.DAYS_SINCE_ONSET, 0);
        for (FactKey k : FactKey.booleans()) {
            m.put(k, false);
        }
        for (FactKey k : FactKey.values()) {
            Object v = known(k);
            if (v != null) {
                m.put(k, v);
            }
        }
        return Facts.of(m);
    }

    /** A fact's value from the answers, null while unknown; a fact on a page that cannot apply is "no". */
    private Object known(FactKey key) {
        QuestionPage page = questionnaire.pageFor(key);
        Tri applies = applies(page);
        if (applies == Tri.FALSE) {
            return key.type() == FactKey.Type.BOOLEAN ? Boolean.FALSE : null;
        }
        Object v = answers.get(questionnaire.questionFor(key).id());
        if (v instanceof Answer a) {
            return a.countsAsYes();
        }
        if (v instanceof String s && key == FactKey.CHARACTER) {
            return PainCharacter.fromId(s).orElseThrow();
        }
        if (v instanceof String s && key == FactKey.LOCATION) {
            return PainLocation.fromId(s).orElseThrow();
        }
        return v;
    }

    private String words(Question q, Object v) {
        return switch (q.kind()) {
            case CHOICE -> q.labelOf(v).orElse(String.valueOf(v));
            case AREA -> areaLabel((String) v);
            case HOURS -> ((Double) v) == 0 ? q.labelOf(0).orElse("During the lift or right after it")
                    : "Started " + hours((Double) v) + " after the session";
            case DAYS -> (Integer) v == 0 ? "Began today" : "Began " + days((Integer) v) + " ago";
            case SCALE -> v + "/10 (" + band(q.scaleWords((Integer) v)) + ")";
            case YES_NO -> String.valueOf(v);
        };
    }

    /** "Somewhere else" or the area's own words. */
    public String areaLabel(String id) {
        if (PainCheckLinks.ELSEWHERE.equals(id)) {
            return "Somewhere else";
        }
        return areas.stream().filter(a -> a.id().equals(id)).map(PainCheckLinks.Area::label).findFirst().orElse(id);
    }

    private static String band(String words) {
        int colon = words.indexOf(':');
        return (colon < 0 ? words : words.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    /** "1 hour", "14 hours", "1.5 hours". */
    public static String hours(double h) {
        return number(h) + (h == 1 ? " hour" : " hours");
    }

    /** "1 day", "3 days". */
    public static String days(int d) {
        return d + (d == 1 ? " day" : " days");
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private int indexOf(String pageId) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(pageId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no page '" + pageId + "'");
    }

    private int firstToAnswer() {
        for (int i = 0; i < pages.size(); i++) {
            if (applies(pages.get(i)) != Tri.FALSE && !pageComplete(pages.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private String invalidArea(Object value) {
        return value instanceof String s && (PainCheckLinks.ELSEWHERE.equals(s) || areas.stream().anyMatch(a -> a.id().equals(s)))
                ? null : "the area item takes one of the areas or \"" + PainCheckLinks.ELSEWHERE + "\", got " + value;
    }

    /** Why {@code value} cannot answer {@code q}, or null when it can. */
    static String invalid(Question q, Object value) {
        if (q.isArea()) {
            return value instanceof String ? null : "the area item takes an area id, got " + value;
        }
        FactKey key = q.factKey();
        String what = "item '" + q.id() + "' (" + key.id() + ") takes ";
        return switch (q.kind()) {
            case YES_NO -> value instanceof Boolean || value instanceof Answer ? null : what + "yes, no or not sure, got " + value;
            case CHOICE -> {
                List<String> allowed = key.type() == FactKey.Type.CHARACTER ? PainCharacter.ids() : PainLocation.ids();
                yield value instanceof String s && allowed.contains(s) ? null : what + "one of " + String.join(", ", allowed) + ", got " + value;
            }
            case HOURS -> value instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0
                    ? null : what + "a number of hours 0 or more, got " + value;
            case SCALE -> integral(value) && ((Number) value).longValue() >= 0 && ((Number) value).longValue() <= 10
                    ? null : what + "a whole number 0-10, got " + value;
            case DAYS -> integral(value) && ((Number) value).longValue() >= 0 && ((Number) value).longValue() <= Integer.MAX_VALUE
                    ? null : what + "a whole number of days 0 or more, got " + value;
            case AREA -> null;
        };
    }

    private static boolean integral(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte;
    }

    private static Object normalise(QuestionPage page, Question q, Object value) {
        return switch (q.kind()) {
            case HOURS -> ((Number) value).doubleValue() + 0.0;
            case SCALE, DAYS -> ((Number) value).intValue();
            case YES_NO -> {
                if (page.redFlags()) {
                    yield value instanceof Answer a ? a : ((Boolean) value ? Answer.YES : Answer.NO);
                }
                yield value instanceof Answer a ? a.countsAsYes() : value;
            }
            default -> value;
        };
    }
}
