package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Verdict;

/**
 * What the "where did you feel it?" panel shows for one lift and one area. Empty strings are not shown.
 *
 * @param verdict null when the library has nothing to say for this lift
 * @param viaId   our exercise the answer and its fix come from, for an imported twin of it; "" otherwise
 * @param viaName that exercise's name; "" otherwise
 */
record FeelAnswer(BodyArea area, Verdict verdict, String heading, String cue, String fix, String selfCheck, String note,
                  String viaId, String viaName) {
    FeelAnswer(BodyArea area, Verdict verdict, String heading, String cue, String fix, String selfCheck, String note) {
        this(area, verdict, heading, cue, fix, selfCheck, note, "", "");
    }
}
