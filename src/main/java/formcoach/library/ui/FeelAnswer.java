package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Verdict;

/**
 * What the "where did you feel it?" panel shows for one lift and one area. Empty strings are not shown.
 *
 * @param verdict null when the library has nothing to say for this lift
 */
record FeelAnswer(BodyArea area, Verdict verdict, String heading, String cue, String fix, String selfCheck, String note) {
}
