package formcoach.paincheck.ui;

import formcoach.paincheck.FactKey;
import formcoach.paincheck.Facts;
import formcoach.paincheck.PainCheckHistory;
import formcoach.paincheck.PainCheckLinks;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.PainChecker;
import formcoach.paincheck.SessionSummary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** History's test data: a pull-day episode of four checks and the sessions around it. */
final class HistoryFixtures {
    static final Instant NOW = Instant.parse("2024-05-14T09:00:00Z");
    static final Instant EPISODE_SESSION = NOW.minus(Duration.ofDays(7)).minus(Duration.ofHours(21));
    static final PainChecker CHECKER = PainChecker.load();

    private HistoryFixtures() {
    }

    static Facts calmFacts() {
        return Facts.of(Map.of(FactKey.ONSET_HOURS, 24, FactKey.CHARACTER, "aching", FactKey.LOCATION, "diffuse",
                FactKey.SEVERITY, 3, FactKey.DAYS_SINCE_ONSET, 1, FactKey.IMPROVING, true,
                FactKey.WORSE_WITH_MOVEMENT, true, FactKey.PAIN_AT_REST, false));
    }

    /** Four checks 20, 44, 92 and 116 hours after the pull day: 4, 6, 6 and 5 out of 10. */
    static List<PainCheckRecord> seedHistory(PainCheckHistory h) throws Exception {
        int[][] checks = {{20, 4, 1}, {44, 6, 1}, {92, 6, 0}, {116, 5, 0}};
        List<PainCheckRecord> out = new ArrayList<>();
        for (int[] k : checks) {
            Facts f = calmFacts().with(FactKey.SEVERITY, k[1]).with(FactKey.IMPROVING, k[2] == 1)
                    .with(FactKey.DAYS_SINCE_ONSET, (k[0] - 20) / 24);
            out.add(h.add(f, CHECKER.check(f, CHECKER.region("GB")), EPISODE_SESSION.plus(Duration.ofHours(k[0])),
                    "between-shoulder-blades", "After the Pull day", List.of()));
        }
        return out;
    }

    static PainCheckLinks pullDayLinks(Instant now) {
        return new PainCheckLinks() {
            @Override
            public List<SessionSummary> sessionsBetween(Instant from, Instant to) {
                return List.of(
                        new SessionSummary(EPISODE_SESSION, "Pull day", List.of("Barbell bent-over row", "Lat pull-down"),
                                List.of("barbell-row", "lat-pulldown"), "plan", Duration.ZERO),
                        new SessionSummary(now.minus(Duration.ofHours(27)), "Upper-back warm-up", List.of(), List.of(), "warmup",
                                Duration.ofMinutes(9)),
                        new SessionSummary(now.minus(Duration.ofHours(26)), "Pull day", List.of("Barbell bent-over row", "Lat pull-down"),
                                List.of("barbell-row", "lat-pulldown"), "plan", Duration.ZERO))
                        .stream().filter(s -> !s.time().isBefore(from) && s.time().isBefore(to)).toList();
            }

            @Override
            public Optional<FormHint> formHint(List<String> liftIds, String areaId) {
                return Optional.empty();
            }
        };
    }
}
