package formcoach.library.ui;

import formcoach.library.Fault;

import java.util.List;

/**
 * What one full-window cue card shows for a lift. Empty strings and lists are left off the card.
 *
 * @param lines      one short cue per fault, in the order SHRUGGING, ROUNDING, MOMENTUM
 * @param generalCue the exercise's own cue, shown when it has no fault cues (an imported lift)
 */
record CueCard(String exerciseId, String name, List<Line> lines, String tempo, String tempoWords, String generalCue) {
    record Line(Fault fault, String cue) {
    }
}
