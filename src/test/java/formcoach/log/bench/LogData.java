package formcoach.log.bench;

import formcoach.library.Fault;
import formcoach.log.LoadKind;
import formcoach.log.LoggedExercise;
import formcoach.log.LoggedSet;
import formcoach.log.Session;
import formcoach.log.SetType;
import formcoach.log.WeightUnit;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A year of four sessions a week, about 15,000 sets: six exercises of 12 sets (2 warm-ups) each. */
public final class LogData {
    static final String[] EXERCISES = {"barbell-bent-over-row", "pull-up", "face-pull", "conventional-deadlift",
            "wide-grip-lat-pulldown", "seated-cable-row"};

    private LogData() {
    }

    public static List<Session> year() {
        Random rnd = new Random(42);
        List<Session> out = new ArrayList<>();
        LocalDateTime monday = LocalDateTime.of(2025, 1, 6, 18, 0);
        for (int week = 0; week < 52; week++) {
            for (int day : new int[] {0, 1, 3, 5}) {
                List<LoggedExercise> ex = new ArrayList<>();
                for (String id : EXERCISES) {
                    List<LoggedSet> sets = new ArrayList<>();
                    for (int i = 0; i < 12; i++) {
                        sets.add(new LoggedSet(6 + rnd.nextInt(7), 20 + rnd.nextInt(80) * 1.25, WeightUnit.KG,
                                id.equals("pull-up") ? LoadKind.BODYWEIGHT : LoadKind.EXTERNAL,
                                i < 2 ? SetType.WARMUP : SetType.NORMAL, i < 2 ? null : rnd.nextInt(4), null,
                                rnd.nextInt(20) == 0 ? Fault.values()[rnd.nextInt(3)] : null, null));
                    }
                    ex.add(new LoggedExercise(id, id, sets, rnd.nextInt(10) == 0 ? "felt it in the upper traps" : ""));
                }
                out.add(new Session(null, monday.plusWeeks(week).plusDays(day), "Session " + week + "-" + day, "manual", null, "", ex));
            }
        }
        return out;
    }
}
