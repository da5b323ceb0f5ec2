package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Exercise;
import formcoach.library.FaultCue;
import formcoach.library.FeelVerdict;
import formcoach.library.Library;

import java.util.Locale;
import java.util.Optional;

/** Turns the library's feel map into the words of the "where did you feel it?" answer. */
final class FeelInteractor {
    private final Library library;

    FeelInteractor(Library library) {
        this.library = library;
    }

    FeelAnswer answer(Exercise lift, BodyArea area) {
        Optional<FeelVerdict> v = library.feltIn(lift, area);
        if (v.isEmpty()) {
            return new FeelAnswer(area, null, "No note for this place", "", "",
                    "", "Form Coach has no guidance on feeling " + Texts.inSentence(lift) + " here.");
        }
        FeelVerdict fv = v.get();
        FeelAnswer a = switch (fv.verdict()) {
            case FAULT -> {
                String fault = fv.fault().map(f -> f.displayName().toLowerCase(Locale.ROOT)).orElse("a form fault");
                FaultCue c = fv.faultCue().orElse(null);
                yield new FeelAnswer(area, fv.verdict(), "That points to " + fault,
                        c == null ? "" : c.cue(), c == null ? "" : c.fix(), c == null ? "" : c.selfCheck(), fv.note());
            }
            case EXPECTED -> new FeelAnswer(area, fv.verdict(),
                    "Good: this is where the " + Texts.inSentence(lift) + " should be felt", "", "", "", fv.note());
            case NEUTRAL -> new FeelAnswer(area, fv.verdict(), "Normal in small amounts", "", "", "", fv.note());
        };
        return fv.via().map(t -> new FeelAnswer(a.area(), a.verdict(), a.heading(), a.cue(), a.fix(), a.selfCheck(), a.note(),
                t.id(), t.name())).orElse(a);
    }
}
