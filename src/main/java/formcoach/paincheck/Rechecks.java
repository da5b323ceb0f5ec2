package formcoach.paincheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Re-checks after a pain check: due 24 h, 48 h, 72 h and 7 days after the first check of an
 * episode. An episode is that first check plus every check in the {@link #EPISODE} after it, so the
 * re-checks themselves do not start new schedules. Re-check k is open from its due time until the
 * next one is due (the 7-day one for two days); any later check in that window, or up to
 * {@link #EARLY} before it, counts as done.
 */
public final class Rechecks {
    public static final List<Duration> OFFSETS = List.of(Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(72), Duration.ofDays(7));
    /** How long the last (7-day) re-check stays open. */
    public static final Duration LAST_WINDOW = Duration.ofDays(2);
    /** Checks this long after an episode's first check belong to it. */
    public static final Duration EPISODE = OFFSETS.get(OFFSETS.size() - 1).plus(LAST_WINDOW);
    /** A check made a little before a re-check is due still counts as that re-check. */
    public static final Duration EARLY = Duration.ofHours(6);

    private Rechecks() {
    }

    /**
     * One re-check of an episode.
     *
     * @param anchorId  the id of the episode's first check
     * @param number    1 to 4
     * @param after     how long after the first check it is due (24 h, 48 h, 72 h, 7 days)
     * @param dueAt     when it becomes due
     * @param closesAt  when it stops being offered
     */
    public record Recheck(String anchorId, int number, Duration after, Instant dueAt, Instant closesAt) {
    }

    /** The four re-checks of a check made at {@code anchor}'s time. */
    public static List<Recheck> schedule(PainCheckRecord anchor) {
        List<Recheck> out = new ArrayList<>();
        for (int i = 0; i < OFFSETS.size(); i++) {
            Instant due = anchor.time().plus(OFFSETS.get(i));
            Instant closes = i + 1 < OFFSETS.size() ? anchor.time().plus(OFFSETS.get(i + 1)) : due.plus(LAST_WINDOW);
            out.add(new Recheck(anchor.id(), i + 1, OFFSETS.get(i), due, closes));
        }
        return out;
    }

    /** The first check of the latest episode, if there is any history. */
    public static Optional<PainCheckRecord> currentAnchor(List<PainCheckRecord> history) {
        PainCheckRecord anchor = null;
        for (PainCheckRecord r : sorted(history)) {
            if (anchor == null || !r.time().isBefore(anchor.time().plus(EPISODE))) {
                anchor = r;
            }
        }
        return Optional.ofNullable(anchor);
    }

    /** The re-check to offer now, if one is open and not yet done. */
    public static Optional<Recheck> due(List<PainCheckRecord> history, Instant now) {
        Optional<PainCheckRecord> anchor = currentAnchor(history);
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        for (Recheck r : schedule(anchor.get())) {
            if (!now.isBefore(r.dueAt()) && now.isBefore(r.closesAt())) {
                return isDone(r, history) ? Optional.empty() : Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static Optional<Recheck> due(List<PainCheckRecord> history, Clock clock) {
        return due(history, clock.instant());
    }

    /** The next re-check that will become due after {@code now}, for "next re-check on ...". */
    public static Optional<Recheck> next(List<PainCheckRecord> history, Instant now) {
        return currentAnchor(history).flatMap(a -> schedule(a).stream()
                .filter(r -> r.dueAt().isAfter(now))
                .filter(r -> !isDone(r, history))
                .findFirst());
    }

    /** True when a check other than the episode's first falls in the re-check's window. */
    public static boolean isDone(Recheck r, List<PainCheckRecord> history) {
        Instant from = r.dueAt().minus(EARLY);
        return history.stream().anyMatch(c -> !c.id().equals(r.anchorId())
                && !c.time().isBefore(from) && c.time().isBefore(r.closesAt()));
    }

    /**
     * The earlier answers for a re-check, with {@code daysSinceOnset} moved on by the calendar days
     * between the earlier check and {@code now} in {@code now}'s time zone (the schema counts days
     * since onset with 0 = today, so a check at 23:00 and one at 08:00 next morning are a day apart).
     */
    public static Facts prefill(PainCheckRecord previous, ZonedDateTime now) {
        long days = ChronoUnit.DAYS.between(previous.time().atZone(now.getZone()).toLocalDate(), now.toLocalDate());
        long advanced = Math.max(0, previous.facts().daysSinceOnset() + Math.max(0, days));
        return previous.facts().with(FactKey.DAYS_SINCE_ONSET, (int) Math.min(Integer.MAX_VALUE, advanced));
    }

    public static Facts prefill(PainCheckRecord previous, Clock clock) {
        return prefill(previous, ZonedDateTime.now(clock));
    }

    private static List<PainCheckRecord> sorted(List<PainCheckRecord> history) {
        List<PainCheckRecord> s = new ArrayList<>(history);
        s.sort(Comparator.comparing(PainCheckRecord::time));
        return s;
    }
}
