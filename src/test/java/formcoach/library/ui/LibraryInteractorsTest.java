package formcoach.library.ui;

import formcoach.library.BodyArea;
import formcoach.library.Category;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.ImportReport;
import formcoach.library.Library;
import formcoach.library.Verdict;
import formcoach.store.JsonStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The interactors' wording and mapping, without a toolkit: JavaFX properties work without one. */
class LibraryInteractorsTest {
    @TempDir
    static Path dir;
    private static Library library;

    @BeforeAll
    static void load() throws Exception {
        library = LibraryUiHarness.loadLibrary(new JsonStore(dir, LibraryUiHarness.CLOCK));
    }

    private static Exercise ex(String id) {
        return library.find(id).orElseThrow();
    }

    @Test
    void neckOnARowPointsToShruggingWithThatRowsOwnCueFixAndCheck() {
        Exercise row = ex("barbell-bent-over-row");
        FeelAnswer a = new FeelInteractor(library).answer(row, BodyArea.NECK_TRAPS);
        assertThat(a.verdict()).isEqualTo(Verdict.FAULT);
        assertThat(a.heading()).isEqualTo("That points to shrugging");
        assertThat(a.cue()).isEqualTo(row.fault(Fault.SHRUGGING).orElseThrow().cue());
        assertThat(a.fix()).isEqualTo(row.fault(Fault.SHRUGGING).orElseThrow().fix());
        assertThat(a.selfCheck()).isEqualTo(row.fault(Fault.SHRUGGING).orElseThrow().selfCheck());
        assertThat(a.note()).isNotBlank();
    }

    @Test
    void betweenTheShoulderBladesOnARowIsWhereItShouldBeFelt() {
        FeelAnswer a = new FeelInteractor(library).answer(ex("barbell-bent-over-row"), BodyArea.BETWEEN_SHOULDER_BLADES);
        assertThat(a.verdict()).isEqualTo(Verdict.EXPECTED);
        assertThat(a.heading()).isEqualTo("Good: this is where the barbell bent-over row should be felt");
        assertThat(a.fix()).isEmpty();
    }

    @Test
    void aMoveWithoutFeelGuidanceSaysSoInsteadOfGuessing() {
        FeelAnswer a = new FeelInteractor(library).answer(ex("childs-pose"), BodyArea.LOWER_BACK);
        assertThat(a.verdict()).isNull();
        assertThat(a.note()).contains("no guidance");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Barbell bent-over row, barbell bent-over row
            T-bar row,             T-bar row
            Y-T-W-L raises,        Y-T-W-L raises
            RDL,                   RDL
            """)
    void namesReadInsideASentenceWithoutBreakingAbbreviations(String name, String inSentence) {
        Exercise e = ex("face-pull");
        Exercise renamed = new Exercise(e.id(), name, e.aliases(), e.category(), e.equipment(), e.level(), e.muscles(),
                e.summary(), e.cue(), e.setup(), e.execution(), e.breathing(), e.tempo(), e.faults(), e.mistakes(),
                e.source(), e.images());
        assertThat(Texts.inSentence(renamed)).isEqualTo(inSentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2-1-2                         | pull 2 s · squeeze 1 s · lower 2 s
            hold 20-30 s each side        | hold 20-30 s each side
            """)
    void numericTempoIsSpelledOutAndOtherTempoStaysAsWritten(String tempo, String words) {
        assertThat(Texts.tempoWords(tempo)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the plan was not saved              | The plan was not saved.
            bad.json: [1] level: must be text   | bad.json: [1] level: must be text.
            Already a sentence.                 | Already a sentence.
            """)
    void messagesBecomeSentencesButFileNamesKeepTheirSpelling(String in, String out) {
        assertThat(Texts.sentence(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            45, 45, false, 45 exercises
            7,  45, true,  7 of 45 exercises
            1,  1,  false, 1 exercise
            """)
    void countSaysHowManyOfHowMany(int shown, int total, boolean narrowed, String text) {
        assertThat(BrowseInteractor.countText(shown, total, narrowed)).isEqualTo(text);
    }

    @Test
    void importSummaryGivesAddedUpdatedSkippedAndMentionsUnchangedOnlyWhenThereAreAny() {
        assertThat(BrowseInteractor.importSummary(new ImportReport("x.json", "free-exercise-db", 873, 873, 0, 0, 0, 0, List.of())))
                .isEqualTo("Imported x.json: 873 added, 0 updated, 0 skipped.");
        assertThat(BrowseInteractor.importSummary(new ImportReport("x.json", "formcoach-exercises", 5, 1, 1, 2, 1, 0, List.of())))
                .isEqualTo("Imported x.json: 1 added, 1 updated, 1 skipped, 2 already up to date.");
    }

    @Test
    void libraryFieldPathsLandOnTheFormFieldsTheyBelongTo() {
        Map<String, String> byPath = new LinkedHashMap<>();
        byPath.put("faults[1].cue", "9 words; a cue has at most 8");
        byPath.put("setup[2]", "empty step");
        byPath.put("muscles", "biceps is in both primary and secondary");
        byPath.put("id", "The id 'face-pull' is already used by the built-in exercise Face pull.");
        Map<String, String> form = ExerciseFormInteractor.formErrors(byPath, List.of(Fault.SHRUGGING, Fault.MOMENTUM));
        assertThat(form).containsOnlyKeys("MOMENTUM.cue", "setup", "muscles.secondary", "name");
        assertThat(form.get("MOMENTUM.cue")).isEqualTo("9 words; a cue has at most 8.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'a, b,, c '              | comma   | 3
            'step one/NL//NL/ two'   | newline | 2
            ''                       | comma   | 0
            """)
    void listFieldsDropBlankParts(String text, String separator, int parts) {
        String t = text.replace("/NL/", "\n");
        String sep = separator.equals("comma") ? "," : "\n";
        assertThat(ExerciseFormInteractor.splitList(t, sep)).hasSize(parts).allMatch(p -> !p.isBlank() && p.equals(p.strip()));
    }

    @Test
    void draftFromTheFormKeepsTheMistakesOfTheExerciseItCopies() {
        ExerciseFormModel m = new ExerciseFormModel();
        ExerciseFormInteractor i = new ExerciseFormInteractor(library, m);
        Exercise facePull = ex("face-pull");
        i.startDuplicate(facePull);
        Exercise draft = i.draft();
        assertThat(draft.id()).isEmpty();
        assertThat(draft.name()).isEqualTo("Face pull (my version)");
        assertThat(draft.mistakes()).isEqualTo(facePull.mistakes());
        assertThat(draft.setup()).isEqualTo(facePull.setup());
        assertThat(m.errors()).isEmpty();
        assertThat(m.touched()).isEmpty();
    }

    @Test
    void cueCardHasTheThreeFaultCuesInOrderAndTheTempoSpelledOut() {
        Exercise row = ex("barbell-bent-over-row");
        CueCard c = CueCardsInteractor.card(row);
        assertThat(c.lines()).extracting(CueCard.Line::fault).containsExactly(Fault.values());
        assertThat(c.tempo()).isEqualTo(row.tempo());
        assertThat(c.tempoWords()).startsWith("pull ");
        assertThat(c.generalCue()).isEmpty();
    }

    @Test
    void theLiftPickerOffersOnlyLifts() {
        CueCardsModel m = new CueCardsModel();
        new CueCardsInteractor(library, m).refreshLifts();
        assertThat(m.lifts()).isNotEmpty().allMatch(e -> e.category() == Category.ROW || e.category() == Category.PULLDOWN
                || e.category() == Category.PULLUP || e.category() == Category.DEADLIFT);
    }
}
