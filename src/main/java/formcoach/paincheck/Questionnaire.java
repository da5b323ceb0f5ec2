package formcoach.paincheck;

import com.fasterxml.jackson.databind.JavaType;
import formcoach.store.Assets;
import formcoach.store.Json;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pain-check pages from {@code assets/paincheck/questions.json}, validated: serious signs first
 * as grouped pages, then how the pain behaves; every fact asked by exactly one item, and the area
 * once. Start a {@link QuestionnaireSession} to ask them.
 */
public final class Questionnaire {
    public static final String ASSET = "paincheck/questions.json";
    private static final java.util.regex.Pattern KEBAB = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<QuestionPage> pages;
    private final Words words;
    private final Map<FactKey, QuestionPage> pageOf = new EnumMap<>(FactKey.class);
    private final Map<FactKey, Question> byFact = new EnumMap<>(FactKey.class);

    /**
     * The answer words shared by every page.
     *
     * @param notSureNote shown beside a "Not sure" answer: it counts as yes
     */
    public record Words(String yes, String no, String notSure, String notSureNote, String noneOfThese) {
    }

    record File(String description, String yes, String no, String notSure, String notSureNote, String noneOfThese,
                List<QuestionPage> pages) {
    }

    /** A questionnaire when there were no problems, otherwise the problems (file and question named). */
    public record Load(Questionnaire questionnaire, List<String> problems) {
        public Optional<Questionnaire> value() {
            return Optional.ofNullable(questionnaire);
        }
    }

    private Questionnaire(List<QuestionPage> pages, Words words) {
        this.pages = List.copyOf(pages);
        this.words = words;
        for (QuestionPage p : pages) {
            for (Question q : p.items()) {
                if (!q.isArea()) {
                    pageOf.put(q.factKey(), p);
                    byFact.put(q.factKey(), q);
                }
            }
        }
    }

    public static Load loadAsset() {
        try {
            return load(Assets.read(ASSET));
        } catch (UncheckedIOException e) {
            return new Load(null, List.of("assets/" + ASSET + ": " + e.getCause().getMessage()));
        }
    }

    public static Load load(Assets.AssetFile file) {
        JavaType type = Json.mapper().constructType(File.class);
        Assets.Parsed<File> parsed = Assets.parse(file, type);
        if (!parsed.ok()) {
            return new Load(null, List.of(parsed.problem()));
        }
        File f = parsed.value();
        List<String> problems = new ArrayList<>();
        for (String[] w : new String[][]{{"yes", f.yes()}, {"no", f.no()}, {"notSure", f.notSure()},
                {"notSureNote", f.notSureNote()}, {"noneOfThese", f.noneOfThese()}}) {
            if (w[1] == null || w[1].isBlank()) {
                problems.add(w[0] + ": the words are missing");
            }
        }
        List<QuestionPage> pages = f.pages() == null ? List.of() : f.pages();
        Set<String> pageIds = new HashSet<>();
        Set<FactKey> facts = new HashSet<>();
        Set<FactKey> askedBefore = new HashSet<>();
        int areas = 0;
        if (pages.isEmpty() || pages.get(0).kind() != QuestionPage.Kind.RED_FLAGS) {
            problems.add("pages: the first page must be a RED_FLAGS page (serious signs first)");
        }
        for (int i = 0; i < pages.size(); i++) {
            QuestionPage p = pages.get(i);
            String where = "page " + (p.id() == null ? "#" + (i + 1) : "'" + p.id() + "'");
            if (p.id() == null || !KEBAB.matcher(p.id()).matches()) {
                problems.add(where + ": id must be kebab-case");
            } else if (!pageIds.add(p.id())) {
                problems.add(where + ": id is used twice");
            }
            if (p.kind() == null) {
                problems.add(where + ": kind is missing (RED_FLAGS or PATTERN)");
            }
            if (p.title() == null || p.title().isBlank()) {
                problems.add(where + ": title is missing");
            }
            if (p.items().isEmpty()) {
                problems.add(where + ": has no items");
            }
            if (p.askWhen() != null) {
                Optional<FactKey> k = p.askWhen().fact() == null ? Optional.empty() : FactKey.fromId(p.askWhen().fact());
                if (k.isEmpty() || !k.get().type().numeric() || !askedBefore.contains(k.get())) {
                    problems.add(where + ": askWhen must name a number fact asked on an earlier page");
                } else if (p.askWhen().atMost() == null && p.askWhen().atLeast() == null) {
                    problems.add(where + ": askWhen needs atMost or atLeast");
                }
            }
            for (int j = 0; j < p.items().size(); j++) {
                Question q = p.items().get(j);
                String at = where + " item " + (q.id() == null ? "#" + (j + 1) : "'" + q.id() + "'");
                if (q.isArea()) {
                    areas++;
                    if (p.kind() == QuestionPage.Kind.RED_FLAGS) {
                        problems.add(at + ": the area belongs on a PATTERN page");
                    }
                } else {
                    Optional<FactKey> key = q.fact() == null ? Optional.empty() : FactKey.fromId(q.fact());
                    if (key.isEmpty()) {
                        problems.add(at + ": unknown fact '" + q.fact() + "'");
                        continue;
                    }
                    if (!facts.add(key.get())) {
                        problems.add(at + ": fact '" + q.fact() + "' is already asked by another item");
                    }
                    if (p.kind() == QuestionPage.Kind.RED_FLAGS && key.get().type() != FactKey.Type.BOOLEAN) {
                        problems.add(at + ": a RED_FLAGS page only asks yes/no facts");
                    }
                    checkAnswers(q, key.get(), at, problems);
                }
                if (q.text() == null || q.text().isBlank()) {
                    problems.add(at + ": text is missing");
                }
                if (q.why() == null || q.why().isBlank()) {
                    problems.add(at + ": why is missing");
                }
                if (q.brief() == null || q.brief().isBlank()) {
                    problems.add(at + ": brief is missing");
                }
            }
            p.items().stream().filter(q -> !q.isArea()).map(q -> FactKey.fromId(q.fact())).flatMap(Optional::stream)
                    .forEach(askedBefore::add);
        }
        for (FactKey k : FactKey.values()) {
            if (!facts.contains(k)) {
                problems.add("no item asks for '" + k.id() + "'");
            }
        }
        if (areas != 1) {
            problems.add("exactly one item must ask for the area (id \"area\"), found " + areas);
        }
        List<String> named = problems.stream().map(p -> file.path() + ": " + p).toList();
        return new Load(named.isEmpty()
                ? new Questionnaire(pages, new Words(f.yes(), f.no(), f.notSure(), f.notSureNote(), f.noneOfThese())) : null, named);
    }

    private static void checkAnswers(Question q, FactKey key, String where, List<String> problems) {
        switch (key.type()) {
            case BOOLEAN -> {
                if (!q.answers().isEmpty() || !q.presets().isEmpty() || !q.scale().isEmpty()) {
                    problems.add(where + ": a yes/no question takes no answers, presets or scale");
                }
            }
            case CHARACTER, LOCATION -> {
                List<String> allowed = key.type() == FactKey.Type.CHARACTER ? PainCharacter.ids() : PainLocation.ids();
                List<Object> given = q.answers().stream().map(Question.Choice::value).toList();
                if (!(given.size() == allowed.size() && given.containsAll(allowed))) {
                    problems.add(where + ": answers must be exactly " + String.join(", ", allowed) + " (each once), got " + given);
                }
                if (q.answers().stream().anyMatch(c -> c.label() == null || c.label().isBlank())) {
                    problems.add(where + ": every answer needs a label");
                }
            }
            case HOURS, DAYS -> {
                if (q.unit() == null || q.unit().isBlank()) {
                    problems.add(where + ": unit is missing");
                }
                for (Question.Choice c : q.presets()) {
                    if (QuestionnaireSession.invalid(q, c.value()) != null || c.label() == null) {
                        problems.add(where + ": preset " + c.value() + " is not a valid answer");
                    }
                }
            }
            case SEVERITY -> {
                int next = 0;
                for (Question.ScaleBand b : q.scale()) {
                    if (b.from() != next || b.to() < b.from() || b.label() == null || b.label().isBlank()) {
                        problems.add(where + ": scale must cover 0 to 10 in order, each range with a label");
                        return;
                    }
                    next = b.to() + 1;
                }
                if (next != 11) {
                    problems.add(where + ": scale must cover 0 to 10 in order, each range with a label");
                }
            }
        }
    }

    public List<QuestionPage> pages() {
        return pages;
    }

    public Words words() {
        return words;
    }

    public Optional<QuestionPage> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The item that asks for a fact. */
    public Question questionFor(FactKey key) {
        return byFact.get(key);
    }

    /** The page that asks for a fact. */
    public QuestionPage pageFor(FactKey key) {
        return pageOf.get(key);
    }

    /** True for a fact asked on a red-flag page: never carried over from an earlier check. */
    public boolean isRedFlag(FactKey key) {
        return pageOf.get(key).redFlags();
    }

    /** A new session; the triage decides when an answer is already an emergency. */
    public QuestionnaireSession start(Triage triage) {
        return start(triage, PainCheckLinks.DEFAULT_AREAS);
    }

    /** A new session asking about these body areas. */
    public QuestionnaireSession start(Triage triage, List<PainCheckLinks.Area> areas) {
        return new QuestionnaireSession(this, triage, areas);
    }
}
