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
                if (model.canSave.get()) {
                    save();
                }
                e.consume();
            }
        });
    }

    /** Each field marks itself touched when it changes, and any change validates the whole draft. */
    private void watch() {
        Map<String, Observable> fields = new java.util.LinkedHashMap<>();
        fields.put("name", model.name);
        fields.put("aliases", model.aliases);
        fields.put("category", model.category);
        fields.put("equipment", model.equipment);
        fields.put("level", model.level);
        fields.put("muscles.primary", model.primary);
        fields.put("muscles.secondary", model.secondary);
        fields.put("summary", model.summary);
        fields.put("cue", model.cue);
        fields.put("setup", model.setup);
        fields.put("execution", model.execution);
        fields.put("breathing", model.breathing);
        fields.put("tempo", model.tempo);
        for (Fault f : Fault.values()) {
            ExerciseFormModel.FaultFields ff = model.faults.get(f);
            String k = f.name() + ".";
            fields.put(k + "enabled", ff.enabled);
            fields.put(k + "cue", ff.cue);
            fields.put(k + "looksLike", ff.looksLike);
            fields.put(k + "feelsLike", ff.feelsLike);
            fields.put(k + "whyItHurts", ff.whyItHurts);
            fields.put(k + "fix", ff.fix);
            fields.put(k + "selfCheck", ff.selfCheck);
            fields.put(k + "regression", ff.regression);
        }
        fields.forEach((key, o) -> o.addListener(x -> {
            model.saveError.set("");
            model.touched.add(key);
            if (key.endsWith(".enabled")) {
                // a fault switched on shows what it still needs
                String f = key.substring(0, key.indexOf('.'));
                model.touched.add(f + ".fix");
                model.touched.add(f + ".cue");
            }
            // muscles are checked against each other: a clash shows beside the secondary list
            if (key.startsWith("muscles.")) {
                model.touched.add("muscles.secondary");
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
        javafx.application.Platform.runLater(() -> builder.input("name").requestFocus());
    }

    void save() {
        interactor.validate();
        if (!model.errors.isEmpty() || model.saving.get()) {
            model.touched.addAll(model.errors.keySet());
            return;
        }
        Exercise draft = interactor.draft();
        model.saving.set(true);
        Fx.background(ctx.executor(), () -> interactor.save(draft), saved -> {
            model.saving.set(false);
            host.saved(saved);
        }, error -> {
            model.saving.set(false);
            model.saveError.set("Not saved: " + Fx.message(error));
        });
    }
}
