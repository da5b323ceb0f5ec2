package formcoach.paincheck.ui;

import formcoach.paincheck.Level;
import formcoach.paincheck.SessionSummary;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The screens' own words: headlines, times and durations in plain English. */
final class Words {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Words() {
    }

    /** The level as an action to take, first thing on the result. */
    static String headline(Level level, String emergencyNumber) {
        return switch (level) {
            case EMERGENCY -> "Call " + emergencyNumber + " now";
            case URGENT -> "Get seen today";
            case SEE_PROFESSIONAL -> "Book a GP or physio in the next few days";
            case SELF_CARE_POSSIBLE_STRAIN -> "Look after it yourself: possible mild strain";
            case SELF_CARE_DOMS -> "Look after it yourself: normal soreness";
        };
    }

    /** A short name for the level in lists and chips. */
    static String chip(Level level) {
        return switch (level) {
            case EMERGENCY -> "Emergency";
            case URGENT -> "Same day";
            case SEE_PROFESSIONAL -> "See GP/physio";
            case SELF_CARE_POSSIBLE_STRAIN -> "Strain: self-care";
            case SELF_CARE_DOMS -> "Soreness: self-care";
        };
    }

    /** The CSS class for a level's colour. */
    static String levelClass(Level level) {
        return "level-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String pattern(formcoach.paincheck.Pattern p) {
        return switch (p) {
            case DOMS -> "Soreness";
            case STRAIN -> "Strain";
            case UNCLEAR -> "Unclear";
        };
    }

    /** "24 hours", "72 hours", "7 days". */
    static String span(Duration d) {
        long h = d.toHours();
        return h < 96 ? h + " hours" : d.toDays() + " days";
    }

    /** "12 minutes ago", "26 hours ago", "3 days ago". */
    static String ago(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes <= 1 ? "just now" : minutes + " minutes ago";
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 48) {
            return hours == 1 ? "an hour ago" : hours + " hours ago";
        }
        return Math.round(hours / 24.0) + " days ago";
    }

    /** "Tue" for a day in the last week, otherwise "Tue 3 Jun". */
    static String day(Instant t, Instant now, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(t.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
        return (days >= 0 && days < 7 ? DAY : DAY_DATE).format(t.atZone(zone));
    }

    static String dateTime(Instant t, ZoneId zone) {
        return DATE_TIME.format(t.atZone(zone));
    }

    static String date(Instant t, ZoneId zone) {
        return DATE.format(t.atZone(zone));
    }

    static String sessionName(SessionSummary s) {
        return s.title().isBlank() ? "a session" : "the " + s.title();
    }

    static String duration(Duration d) {
        long m = Math.round(d.toSeconds() / 60.0);
        return m < 1 ? d.toSeconds() + " s" : m + " min";
    }

    /** 24.0 as "24", 1.5 as "1.5". */
    static String number(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    static String lower(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
