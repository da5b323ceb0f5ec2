package formcoach.paincheck;

import formcoach.library.BodyArea;
import formcoach.library.Exercise;
import formcoach.library.FeelVerdict;
import formcoach.library.Library;
import formcoach.library.TodayPlan;
import formcoach.library.Verdict;
import formcoach.store.JsonStore;
import formcoach.store.StoreException;
import formcoach.timer.SessionLog;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The pain checker's view of training: the timer's recorded routines, the library's "before you
 * lift" plan (the lifts done), and the library's feel map for the fault most likely behind pain in
 * an area after those lifts. Used by the app and by {@code pain-check report}.
 */
public final class TrainingLinks implements PainCheckLinks {
    private final TimerSessionLinks timer;
    private final JsonStore store;
    private final Supplier<Optional<Library>> library;
    private final ZoneId zone;

    /**
     * @param library the library once it has loaded (empty before, or when it could not load): plans
     *                and hints need its names and feel map
     */
    public TrainingLinks(JsonStore store, SessionLog log, Supplier<Optional<Library>> library, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.timer = new TimerSessionLinks(log);
        this.library = Objects.requireNonNull(library, "library");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public List<SessionSummary> sessionsBetween(Instant from, Instant to) throws StoreException {
        List<formcoach.log.Session> logged = loggedSessions();
        List<SessionSummary> out = new ArrayList<>();
        // a timer run that was also logged ("Log this session") is one session: listed once, with the log's lifts
        java.util.Set<formcoach.log.Session> merged = new java.util.HashSet<>();
        for (formcoach.timer.SessionRecord r : timer.recordsBetween(from, to)) {
            Optional<formcoach.log.Session> same = logged.stream()
                    .filter(s -> !merged.contains(s) && sameRun(r, s)).findFirst();
            if (same.isPresent()) {
                merged.add(same.get());
                SessionSummary t = TimerSessionLinks.summary(r);
                SessionSummary l = loggedSummary(same.get());
                out.add(new SessionSummary(t.time(), l.title(), l.lifts(), l.liftIds(), t.kind(), t.duration()));
            } else {
                out.add(TimerSessionLinks.summary(r));
            }
        }
        Optional<TodayPlan> plan = TodayPlan.latest(store);
        if (plan.isPresent() && !plan.get().exerciseIds().isEmpty()) {
            Instant when = planTime(plan.get());
            if (!when.isBefore(from) && when.isBefore(to)) {
                out.add(planSummary(plan.get(), when));
            }
        }
        for (formcoach.log.Session s : logged) {
            Instant when = s.start().atZone(zone).toInstant();
            if (!merged.contains(s) && !when.isBefore(from) && when.isBefore(to)) {
                out.add(loggedSummary(s));
            }
        }
        out.sort(Comparator.comparing(SessionSummary::time));
        return out;
    }

    @Override
    public List<String> trainingNotes(Instant at) {
        formcoach.log.TrainingSignals.TrainingBefore t;
        try {
            t = formcoach.log.TrainingSignals.load(store, java.time.Clock.system(zone),
                    library.get().map(Library::all).orElse(List.of())).trainingBefore(at, zone);
        } catch (StoreException | RuntimeException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        t.loadJumps().stream().filter(r -> formcoach.log.Insights.TOTAL.equals(r.group()))
                .forEach(r -> out.add("Your training log shows a load jump: " + r.sentence() + "."));
        if (!t.trainedWithin72h().isEmpty()) {
            out.add("Trained hard in the 72 hours before: " + t.trainedWithin72h().stream()
                    .map(g -> g.displayName().toLowerCase(java.util.Locale.ROOT)).reduce((a, b) -> a + ", " + b).orElse("") + ".");
        }
        t.recentFaults().forEach((exercise, faults) -> faults.forEach((fault, n) -> out.add("In your last sessions you tapped "
                + fault.displayName().toLowerCase(java.util.Locale.ROOT) + " on the " + exercise + " " + n + (n == 1 ? " time." : " times."))));
        return out;
    }

    /**
     * The training log's sessions, with their lifts: the pain check's sessions before the pain and the
     * clinician letter's training list include what was logged or imported (Strong, Hevy), not only
     * timer runs and plans. A log that cannot be read adds nothing here; the Log section says what is
     * wrong with it.
     */
    private List<formcoach.log.Session> loggedSessions() {
        try {
            return formcoach.log.TrainingLog.load(store, java.time.Clock.system(zone)).sessions();
        } catch (StoreException | RuntimeException e) {
            return List.of();
        }
    }

    private SessionSummary loggedSummary(formcoach.log.Session s) {
        Instant when = s.start().atZone(zone).toInstant();
        List<String> names = s.exercises().stream().map(formcoach.log.LoggedExercise::name).toList();
        List<String> ids = s.exercises().stream().map(formcoach.log.LoggedExercise::exerciseId).filter(Objects::nonNull).toList();
        String title = s.title().isBlank() ? TodayPlan.sessionTitle(names) : s.title();
        return new SessionSummary(when, title, names, ids, "log", null);
    }

    /**
     * The log's session is the timer's run logged: the log names it after the routine and starts it
     * when the run started (docs/decisions/0015-log-links.md); the minute is enough, as the log
     * may keep less than the seconds.
     */
    static boolean sameRun(formcoach.timer.SessionRecord r, formcoach.log.Session s, ZoneId zone) {
        if (r.startedAt() == null || s.start() == null || r.routineName() == null || !r.routineName().equals(s.title())) {
            return false;
        }
        long apart = Math.abs(java.time.Duration.between(r.startedAt(), s.start().atZone(zone).toInstant()).getSeconds());
        return apart < 60;
    }

    private boolean sameRun(formcoach.timer.SessionRecord r, formcoach.log.Session s) {
        return sameRun(r, s, zone);
    }

    @Override
    public Optional<FormHint> formHint(List<String> liftIds, String areaId) {
        Optional<Library> lib = library.get();
        if (lib.isEmpty() || liftIds.isEmpty()) {
            return Optional.empty();
        }
        BodyArea area;
        try {
            area = BodyArea.fromId(areaId);
        } catch (IllegalArgumentException notAFeelMapArea) {
            return Optional.empty();
        }
        // the lifts in the order done; the first whose feel map points at a fault for this area wins
        for (String id : liftIds) {
            Optional<Exercise> ex = lib.get().find(id);
            if (ex.isEmpty()) {
                continue;
            }
            Optional<FeelVerdict> verdict = lib.get().feltIn(ex.get(), area);
            if (verdict.isPresent() && verdict.get().verdict() == Verdict.FAULT && verdict.get().fault().isPresent()) {
                var fault = verdict.get().fault().get();
                var cue = verdict.get().faultCue();
                return Optional.of(new FormHint(ex.get().id(), ex.get().name(), fault.name(), fault.displayName(),
                        cue.map(c -> c.cue()).orElse(""), cue.map(c -> c.fix()).orElse(""), verdict.get().note()));
            }
        }
        return Optional.empty();
    }

    private Instant planTime(TodayPlan plan) {
        // plans saved before the time was kept count as noon of their day
        return plan.savedAt() != null ? plan.savedAt() : plan.date().atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    private SessionSummary planSummary(TodayPlan plan, Instant when) {
        Optional<Library> lib = library.get();
        List<String> names = plan.exerciseIds().stream()
                .map(id -> lib.flatMap(l -> l.find(id)).map(Exercise::name).orElse(id))
                .toList();
        // named after its lifts ("Barbell bent-over row and Face pull"), as History and the pain check show it
        String title = TodayPlan.sessionTitle(names);
        return new SessionSummary(when, title, names, plan.exerciseIds(), "lifts", null);
    }
}
