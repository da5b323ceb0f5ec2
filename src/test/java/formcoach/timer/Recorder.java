package formcoach.timer;

import java.util.ArrayList;
import java.util.List;

/** Collects cue events and renders them compactly: "12.000 STEP_START s1 side1". */
final class Recorder implements TimerListener {
    final List<CueEvent> events = new ArrayList<>();
    private final long origin;

    Recorder(long origin) {
        this.origin = origin;
    }

    @Override
    public void onCue(CueEvent e) {
        events.add(e);
    }

    List<String> lines() {
        return events.stream().map(this::line).toList();
    }

    String line(CueEvent e) {
        long ms = (e.dueNanos() - origin) / 1_000_000;
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%d.%03d %s", ms / 1000, ms % 1000, e.type()));
        if (e.type() == CueType.COUNTDOWN || e.type() == CueType.TEMPO_PHASE) {
            sb.append(' ').append(e.number());
        }
        if (e.label() != null) {
            sb.append(' ').append(e.label());
        }
        sb.append(" step").append(e.stepIndex() + 1);
        if (e.side() == 2) {
            sb.append(" side2");
        }
        if (e.interrupted()) {
            sb.append(" interrupted");
        }
        return sb.toString();
    }

    List<String> drain() {
        List<String> l = lines();
        events.clear();
        return l;
    }
}
