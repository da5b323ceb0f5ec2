package formcoach.timer.ui;

import formcoach.timer.Durations;

/**
 * Formatted clock faces ("0:42", "12:05", "1:02:03") with a fixed suffix, made once per value and
 * then reused. The timer screen asks for one every time the shown second changes; with this cache a
 * run formats each value the first time only, so steady running allocates no strings at all.
 * FX thread only.
 */
final class ClockStrings {
    private final String suffix;
    private String[] cache = new String[64];

    ClockStrings(String suffix) {
        this.suffix = suffix;
    }

    String of(long seconds) {
        long s = Math.max(0, seconds);
        if (s >= Integer.MAX_VALUE / 2) {
            return Durations.clock(s) + suffix;
        }
        int i = (int) s;
        if (i >= cache.length) {
            String[] bigger = new String[Math.max(i + 1, cache.length * 2)];
            System.arraycopy(cache, 0, bigger, 0, cache.length);
            cache = bigger;
        }
        String v = cache[i];
        if (v == null) {
            v = Durations.clock(s) + suffix;
            cache[i] = v;
        }
        return v;
    }
}
