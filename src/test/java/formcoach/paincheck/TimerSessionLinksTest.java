package formcoach.paincheck;

import formcoach.store.JsonStore;
import formcoach.timer.RoutineKind;
import formcoach.timer.SessionLog;
import formcoach.timer.SessionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimerSessionLinksTest {
    static final Instant T = Instant.parse("2024-05-14T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void timerRunsBecomeSessionsByTheirEndTimeOldestFirst() throws Exception {
        JsonStore store = new JsonStore(dir, Clock.fixed(T, ZoneOffset.UTC));
        store.write(SessionLog.STORE_NAME, SessionLog.SCHEMA_VERSION, List.of(
                new SessionRecord("b", T.minus(Duration.ofHours(3)), T.minus(Duration.ofHours(2)), "upper-back-cooldown",
                        "Upper-back cool-down", RoutineKind.COOLDOWN, 6, 6, 600, true),
                new SessionRecord("a", T.minus(Duration.ofHours(27)), T.minus(Duration.ofHours(26)), "upper-back-warmup",
                        "Upper-back warm-up", RoutineKind.WARMUP, 8, 8, 540, true),
                new SessionRecord("old", T.minus(Duration.ofDays(9)), T.minus(Duration.ofDays(9)), "x", "", RoutineKind.CUSTOM, 1, 2, 60, false)));
        PainCheckLinks links = new TimerSessionLinks(new SessionLog(store, Clock.fixed(T, ZoneOffset.UTC)));

        List<SessionSummary> week = links.sessionsBetween(T.minus(Duration.ofDays(7)), T);
        assertThat(week).extracting(SessionSummary::title).containsExactly("Upper-back warm-up", "Upper-back cool-down");
        assertThat(week.get(0).time()).isEqualTo(T.minus(Duration.ofHours(26)));
        assertThat(week.get(0).kind()).isEqualTo("warmup");
        assertThat(week.get(0).duration()).isEqualTo(Duration.ofSeconds(540));
        assertThat(week.get(0).liftIds()).isEmpty();
        // an untitled run is named by its routine id
        assertThat(links.sessionsBetween(Instant.EPOCH, T.minus(Duration.ofDays(8)))).extracting(SessionSummary::title).containsExactly("x");
        assertThat(links.formHint(List.of("barbell-row"), "neck-traps")).isEmpty();
        assertThat(links.areas()).extracting(PainCheckLinks.Area::id).containsExactly("neck-traps", "between-shoulder-blades",
                "lower-back", "lats-armpit", "front-of-shoulder", "biceps-forearms");
    }

    @Test
    void noneHasNoSessionsNoHintsAndTheSixAreasOfTheFeelMap() throws Exception {
        PainCheckLinks none = PainCheckLinks.none();
        assertThat(none.sessionsBetween(Instant.EPOCH, T)).isEmpty();
        assertThat(none.formHint(List.of("barbell-row"), "neck-traps")).isEmpty();
        String feelMap = new String(formcoach.store.Assets.read("library/feel-map.json").bytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (PainCheckLinks.Area a : none.areas()) {
            assertThat(feelMap).contains("\"id\": \"" + a.id() + "\"").contains("\"label\": \"" + a.label() + "\"");
        }
    }
}
