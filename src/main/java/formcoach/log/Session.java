package formcoach.log;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;

/**
 * One training session. The time is local wall-clock time with no zone, as the exports write it and
 * as a person remembers it ("Tuesday 18:30"); weeks and recovery are counted on it.
 *
 * @param id        unique in the log, chosen by {@link TrainingLog} inside the store's update lock;
 *                  null on a session not saved yet
 * @param source    "manual", "strong" or "hevy"
 * @param importKey for imported sessions, what identifies the workout in its app (so a second import
 *                  of the same file adds nothing); null for sessions entered here
 */
@JsonPropertyOrder({"id", "start", "title", "source", "importKey", "note", "exercises"})
public record Session(String id, LocalDateTime start, String title, String source,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String importKey,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) String note, List<LoggedExercise> exercises) {
    public Session {
        if (start == null) {
            throw new IllegalArgumentException("a session needs a date and time");
        }
        start = start.truncatedTo(ChronoUnit.SECONDS);
        title = title == null ? "" : title.strip();
        source = source == null || source.isBlank() ? "manual" : source;
        note = note == null ? "" : note;
        exercises = exercises == null ? List.of() : List.copyOf(exercises);
    }

    public Session withId(String newId) {
        return new Session(newId, start, title, source, importKey, note, exercises);
    }

    public Session withExercises(List<LoggedExercise> ex) {
        return new Session(id, start, title, source, importKey, note, ex);
    }

    /** What identifies the session across imports and exports: its import key, or its time and title. */
    @JsonIgnore
    public String identity() {
        return importKey != null ? importKey : "formcoach:" + start + "|" + title;
    }

    @JsonIgnore
    public LocalDate date() {
        return start.toLocalDate();
    }

    /** The ISO week of the session's local date, week-based year: {@code 2025-W01} may start in December 2024. */
    @JsonIgnore
    public String isoWeek() {
        return isoWeek(date());
    }

    public static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** {@code YYYY-MM} of the session's local date: the month file it is kept in. */
    @JsonIgnore
    public String month() {
        return String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
    }

    @JsonIgnore
    public int workingSets() {
        int n = 0;
        for (LoggedExercise e : exercises) {
            for (LoggedSet s : e.sets()) {
                if (s.isWorking()) {
                    n++;
                }
            }
        }
        return n;
    }

    @JsonIgnore
    public int setCount() {
        return exercises.stream().mapToInt(e -> e.sets().size()).sum();
    }
}
