package formcoach.timer.ui;

import formcoach.timer.Durations;

/**
 * Formatted clock faces ("0:42", "12:05", "1:02:03") with a fixed suffix, made once per value and
 * then reused. The timer screen asks for one every time the shown second changes; with this cache a
 * run formats each value the first time only, so steady running allocates no strings at all.
 * FX thread only.
 */
final class ClockStrings {
    // one instance formats either plain counts or clock faces, never both: the cache holds one kind
    private final String suffix;
    private String[] cache = new String[64];

    ClockStrings(String suffix) {
        this.suffix = suffix;
    }

    /** The bare number of seconds ("7"), cached the same way. */
    String ofPlain(long seconds) {
        return lookup(seconds, true);
    }

    String of(long seconds) {
        return lookup(seconds, false);
    }

    private String lookup(long seconds, boolean plain) {
        long s = Math.max(0, seconds);
        if (s >= Integer.MAX_VALUE / 2) {
            return format(s, plain);
        }
        int i = (int) s;
        if (i >= cache.length) {
            String[] bigger = new String[Math.max(i + 1, cache.length * 2)];
            System.arraycopy(cache, 0, bigger, 0, cache.length);
            cache = bigger;
        }
        String v = cache[i];
        if (v == null) {
            v = format(s, plain);
            cache[i] = v;
        }
        return v;
    }

    private String format(long s, boolean plain) {
        return (plain ? Long.toString(s) : Durations.clock(s)) + suffix;
    }
}
