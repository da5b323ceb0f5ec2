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
 * The pain-check questions from {@code assets/paincheck/questions.json}, validated: one question per
 * fact, emergency signs first, then same-day signs, then the pattern. Start a
 * {@link QuestionnaireSession} to ask them.
 */
public final class Questionnaire {
    public static final String ASSET = "paincheck/questions.json";
    private static final java.util.regex.Pattern KEBAB = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<Question> questions;
    private final Map<FactKey, Question> byFact;

    record File(String description, List<Question> questions, String yes, String no) {
    }

    /** A questionnaire when there were no problems, otherwise the problems (file and question named). */
    public record Load(Questionnaire questionnaire, List<String> problems) {
        public Optional<Questionnaire> value() {
            return Optional.ofNullable(questionnaire);
        }
    }

    private Questionnaire(List<Question> questions) {
        this.questions = List.copyOf(questions);
        Map<FactKey, Question> m = new EnumMap<>(FactKey.class);
        questions.forEach(q -> m.put(q.factKey(), q));
        this.byFact = m;
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
        if (f.yes() == null || f.yes().isBlank() || f.no() == null || f.no().isBlank()) {
            problems.add("yes/no: the words for the yes and no answers are missing");
        }
        List<Question> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<FactKey> facts = new HashSet<>();
        Question.Section last = Question.Section.EMERGENCY;
        List<Question> list = f.questions() == null ? List.of() : f.questions();
        for (int i = 0; i < list.size(); i++) {
            Question q = list.get(i);
            String where = "question " + (q.id() == null ? "#" + (i + 1) : "'" + q.id() + "'");
            int before = problems.size();
            if (q.id() == null || !KEBAB.matcher(q.id()).matches()) {
                problems.add(where + ": id must be kebab-case");
            } else if (!ids.add(q.id())) {
                problems.add(where + ": id is used twice");
            }
            if (q.section() == null) {
                problems.add(where + ": section is missing (EMERGENCY, URGENT or PATTERN)");
            } else if (q.section().ordinal() < last.ordinal()) {
                problems.add(where + ": a " + q.section() + " question must come before the " + last + " questions");
            } else {
                last = q.section();
            }
            Optional<FactKey> key = q.fact() == null ? Optional.empty() : FactKey.fromId(q.fact());
            if (key.isEmpty()) {
                problems.add(where + ": unknown fact '" + q.fact() + "'");
            } else if (!facts.add(key.get())) {
                problems.add(where + ": fact '" + q.fact() + "' is already asked by another question");
            }
            if (q.text() == null || q.text().isBlank()) {
                problems.add(where + ": text is missing");
            }
            if (q.why() == null || q.why().isBlank()) {
                problems.add(where + ": why is missing");
            }
            if (key.isPresent()) {
                checkAnswers(q, key.get(), where, problems);
            }
            if (problems.size() == before) {
                out.add(q.kind() == Question.Kind.YES_NO
                        ? q.withAnswers(List.of(new Question.Choice(true, f.yes()), new Question.Choice(false, f.no())))
                        : q);
            }
        }
        for (FactKey k : FactKey.values()) {
            if (!facts.contains(k)) {
                problems.add("no question asks for '" + k.id() + "'");
            }
        }
        List<String> named = problems.stream().map(p -> file.path() + ": " + p).toList();
        return new Load(named.isEmpty() ? new Questionnaire(out) : null, named);
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
                    if (QuestionnaireSession.invalid(q.withAnswers(List.of()), key, c.value()) != null || c.label() == null) {
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

    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Question questionFor(FactKey key) {
        return byFact.get(key);
    }

    /** A new session; the triage decides when an answer is already an emergency. */
    public QuestionnaireSession start(Triage triage) {
        return new QuestionnaireSession(this, triage);
    }
}
