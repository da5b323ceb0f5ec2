package formcoach.beforeyoulift;

import formcoach.paincheck.FactKey;
import formcoach.paincheck.Facts;
import formcoach.paincheck.Level;
import formcoach.paincheck.PainCheckRecord;
import formcoach.paincheck.Pattern;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Saved pain checks for the tables: a level, a severity and how many hours before "now". */
public final class Checks {
    public static final Instant NOW = Instant.parse("2026-12-06T18:00:00Z");

    private Checks() {
    }

    public static PainCheckRecord check(String id, double hoursAgo, Level level, int severity) {
        return check(id, hoursAgo, level, severity, null);
    }

    public static PainCheckRecord check(String id, double hoursAgo, Level level, int severity, String area) {
        return at(id, NOW.minus(Duration.ofMinutes(Math.round(hoursAgo * 60))), level, severity, area);
    }

    /** A check made at {@code time}. */
    public static PainCheckRecord at(String id, Instant time, Level level, int severity, String area) {
        Facts f = Facts.of(Map.of(FactKey.ONSET_HOURS, 24, FactKey.CHARACTER, "aching", FactKey.LOCATION, "diffuse",
                FactKey.SEVERITY, severity, FactKey.DAYS_SINCE_ONSET, 1, FactKey.IMPROVING, true,
                FactKey.WORSE_WITH_MOVEMENT, true, FactKey.PAIN_AT_REST, false));
        Pattern p = level == Level.SELF_CARE_POSSIBLE_STRAIN ? Pattern.STRAIN : level == Level.SELF_CARE_DOMS ? Pattern.DOMS : Pattern.UNCLEAR;
        return new PainCheckRecord(id, time, f, level, p, List.of(), "2",
                area, null, List.of());
    }
}
