package formcoach.library.ui;

import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.FaultCue;
import formcoach.library.Library;
import formcoach.library.LibraryException;
import formcoach.library.Muscles;
import formcoach.library.Source;
import formcoach.store.StoreException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the form from an exercise, turns the form back into a draft, validates it through the library and saves it. */
final class ExerciseFormInteractor {
    private static final Pattern INDEXED = Pattern.compile("^(aliases|setup|execution)\\[\\d+]$");
    private static final Pattern FAULT_FIELD = Pattern.compile("^faults\\[(\\d+)]\\.(\\w+)$");

    private final Library library;
    private final ExerciseFormModel model;

    ExerciseFormInteractor(Library library, ExerciseFormModel model) {
        this.library = library;
        this.model = model;
    }

    void startNew() {
        fill(null, "", "New exercise");
    }

    void startEdit(Exercise e) {
        fill(e, e.id(), "Edit " + e.name());
    }

    /** A built-in or imported exercise copied into a new one of the person's own. */
    void startDuplicate(Exercise e) {
        fill(e, "", "Your copy of " + e.name());
        model.nameProperty().set(e.name() + " (my version)");
        // the copy's own name, not the original's, is what is checked (one of ours may not be reused)
        model.untouch("name");
        validate();
    }

    private void fill(Exercise e, String id, String title) {
        model.untouchAll();
        model.clearSaveError();
        model.open(title, id, e);
        model.nameProperty().set(e == null ? "" : e.name());
        model.aliasesProperty().set(e == null ? "" : String.join(", ", e.aliases()));
        model.categoryProperty().set(e == null ? null : e.category());
        model.equipment().setAll(e == null ? List.of() : e.equipment());
        model.levelProperty().set(e == null ? null : e.level());
        model.primary().setAll(e == null ? List.of() : e.muscles().primary());
        model.secondary().setAll(e == null ? List.of() : e.muscles().secondary());
        model.summaryProperty().set(e == null ? "" : e.summary());
        model.cueProperty().set(e == null ? "" : e.cue());
        model.setupProperty().set(e == null ? "" : String.join("\n", e.setup()));
        model.executionProperty().set(e == null ? "" : String.join("\n", e.execution()));
        model.breathingProperty().set(e == null ? "" : e.breathing());
        model.tempoProperty().set(e == null ? "" : e.tempo());
        for (Fault f : Fault.values()) {
            ExerciseFormModel.FaultFields ff = model.fault(f);
            FaultCue c = e == null ? null : e.fault(f).orElse(null);
            ff.enabledProperty().set(c != null);
            ff.looksLikeProperty().set(c == null ? "" : c.looksLike());
            ff.feelsLikeProperty().set(c == null ? "" : c.feelsLike());
            ff.whyItHurtsProperty().set(c == null ? "" : c.whyItHurts());
            ff.fixProperty().set(c == null ? "" : c.fix());
            ff.cueProperty().set(c == null ? "" : c.cue());
            ff.selfCheckProperty().set(c == null ? "" : c.selfCheck());
            ff.regressionProperty().set(c == null ? "" : c.regression());
        }
        // filling the fields marks them as touched through their listeners; a fresh form shows no complaints yet
        model.untouchAll();
        validate();
    }

    /** The faults switched on, in the order they go into the draft (so "faults[1]" can be traced back). */
    List<Fault> enabledFaults() {
        return Arrays.stream(Fault.values()).filter(f -> model.fault(f).enabledProperty().get()).toList();
    }

    Exercise draft() {
        Exercise base = model.baseProperty().get();
        List<FaultCue> faults = new ArrayList<>();
        for (Fault f : enabledFaults()) {
            ExerciseFormModel.FaultFields ff = model.fault(f);
            faults.add(new FaultCue(f, ff.looksLikeProperty().get().strip(), ff.feelsLikeProperty().get().strip(), ff.whyItHurtsProperty().get().strip(),
                    ff.fixProperty().get().strip(), ff.cueProperty().get().strip(), ff.selfCheckProperty().get().strip(), ff.regressionProperty().get().strip()));
        }
        return new Exercise(model.idProperty().get(), model.nameProperty().get().strip(), splitList(model.aliasesProperty().get(), ","),
                model.categoryProperty().get(), List.copyOf(model.equipment()), model.levelProperty().get(),
                new Muscles(List.copyOf(model.primary()), List.copyOf(model.secondary())), model.summaryProperty().get().strip(),
                model.cueProperty().get().strip(), splitList(model.setupProperty().get(), "\n"), splitList(model.executionProperty().get(), "\n"),
                model.breathingProperty().get().strip(), model.tempoProperty().get().strip(), faults,
                base == null ? List.of() : base.mistakes(), Source.CUSTOM, base == null ? List.of() : base.images());
    }

    /** Parts of a comma list or of a multi-line field; blank parts are left out rather than refused. */
    static List<String> splitList(String text, String separator) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    void validate() {
        Map<String, String> out = formErrors(library.validateCustom(draft()), enabledFaults());
        model.showErrors(out);
    }

    /** The library's field paths ({@code faults[1].cue}, {@code setup[2]}) mapped onto the form's fields. */
    static Map<String, String> formErrors(Map<String, String> byPath, List<Fault> enabled) {
        Map<String, String> out = new LinkedHashMap<>();
        byPath.forEach((path, message) -> {
            String key = path;
            Matcher idx = INDEXED.matcher(path);
            Matcher fault = FAULT_FIELD.matcher(path);
            if (idx.matches()) {
                key = idx.group(1);
            } else if (fault.matches()) {
                int i = Integer.parseInt(fault.group(1));
                key = (i < enabled.size() ? enabled.get(i).name() : "faults") + "." + fault.group(2);
            } else if (path.equals("id")) {
                key = "name";
            } else if (path.equals("muscles")) {
                key = "muscles.secondary";
            }
            out.merge(key, Texts.sentence(message), (a, b) -> a);
        });
        return out;
    }

    Exercise save(Exercise draft) throws LibraryException, StoreException {
        return library.saveCustom(draft);
    }

    /** Regression choices: every exercise but this one, by name. */
    List<Exercise> regressionChoices() {
        String self = model.idProperty().get();
        return library.all().stream().filter(e -> !e.id().equals(self))
                .sorted(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT))).toList();
    }

    String nameOf(String id) {
        return library.find(id).map(Exercise::name).orElse(id);
    }
}
