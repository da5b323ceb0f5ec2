package formcoach.library.ui;

import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.Library;
import formcoach.ui.UiContext;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

import java.util.Map;

/** Wires the custom-exercise form: every change re-validates at once; Save runs off the FX thread. */
final class ExerciseFormController {
    interface Host {
        void cancelForm();

        void saved(Exercise e);
    }

    private final UiContext ctx;
    private final Host host;
    private final ExerciseFormModel model = new ExerciseFormModel();
    private final ExerciseFormInteractor interactor;
    private final ExerciseFormViewBuilder builder;
    private final Region view;

    ExerciseFormController(UiContext ctx, Library library, Host host) {
        this.ctx = ctx;
        this.host = host;
        this.interactor = new ExerciseFormInteractor(library, model);
        this.builder = new ExerciseFormViewBuilder(model, new ExerciseFormViewBuilder.Actions() {
            @Override
            public void save() {
                ExerciseFormController.this.save();
            }

            @Override
            public void cancel() {
                host.cancelForm();
            }
        });
        this.view = builder.build();
        watch();
        view.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                if (model.canSave().get()) {
                    save();
                }
                e.consume();
            }
        });
    }

    /** Each field marks itself touched when it changes, and any change validates the whole draft. */
    private void watch() {
        Map<String, Observable> fields = new java.util.LinkedHashMap<>();
        fields.put("name", model.nameProperty());
        fields.put("aliases", model.aliasesProperty());
        fields.put("category", model.categoryProperty());
        fields.put("equipment", model.equipment());
        fields.put("level", model.levelProperty());
        fields.put("muscles.primary", model.primary());
        fields.put("muscles.secondary", model.secondary());
        fields.put("summary", model.summaryProperty());
        fields.put("cue", model.cueProperty());
        fields.put("setup", model.setupProperty());
        fields.put("execution", model.executionProperty());
        fields.put("breathing", model.breathingProperty());
        fields.put("tempo", model.tempoProperty());
        for (Fault f : Fault.values()) {
            ExerciseFormModel.FaultFields ff = model.fault(f);
            String k = f.name() + ".";
            fields.put(k + "enabled", ff.enabledProperty());
            fields.put(k + "cue", ff.cueProperty());
            fields.put(k + "looksLike", ff.looksLikeProperty());
            fields.put(k + "feelsLike", ff.feelsLikeProperty());
            fields.put(k + "whyItHurts", ff.whyItHurtsProperty());
            fields.put(k + "fix", ff.fixProperty());
            fields.put(k + "selfCheck", ff.selfCheckProperty());
            fields.put(k + "regression", ff.regressionProperty());
        }
        fields.forEach((key, o) -> o.addListener(x -> {
            model.clearSaveError();
            model.touch(key);
            if (key.endsWith(".enabled")) {
                // a fault switched on shows what it still needs
                String f = key.substring(0, key.indexOf('.'));
                model.touch(f + ".fix");
                model.touch(f + ".cue");
            }
            // muscles are checked against each other: a clash shows beside the secondary list
            if (key.startsWith("muscles.")) {
                model.touch("muscles.secondary");
            }
            interactor.validate();
        }));
    }

    Region view() {
        return view;
    }

    ExerciseFormModel model() {
        return model;
    }

    Node input(String key) {
        return builder.input(key);
    }

    void startNew() {
        builder.setRegressionChoices(interactor.regressionChoices());
        interactor.startNew();
        focusName();
    }

    void startEdit(Exercise e) {
        interactor.startEdit(e);
        builder.setRegressionChoices(interactor.regressionChoices());
        focusName();
    }

    void startDuplicate(Exercise e) {
        interactor.startDuplicate(e);
        builder.setRegressionChoices(interactor.regressionChoices());
        focusName();
    }

    private void focusName() {
        // at once, not later: keys typed right after "New exercise…" (Space) may already be queued
        formcoach.ui.Focus.now(view, builder.input("name"));
    }

    void save() {
        interactor.validate();
        if (!model.errors().isEmpty() || model.savingProperty().get()) {
            model.touchAll(model.errors().keySet());
            return;
        }
        Exercise draft = interactor.draft();
        model.startSaving();
        Fx.background(ctx.executor(), () -> interactor.save(draft), saved -> {
            model.saved();
            host.saved(saved);
        }, error -> {
            model.saveFailed("Not saved: " + Fx.message(error));
        });
    }
}
