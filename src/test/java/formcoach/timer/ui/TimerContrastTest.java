package formcoach.timer.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timer's phase colours, read from timer.css as written: every text passes WCAG AA (4.5:1)
 * against its phase's background in both themes, the ring passes 3:1 (a graphic), and the phases
 * look different from each other, "Paused" above all not the green of "Go".
 */
class TimerContrastTest {
    static final List<String> PHASES = List.of("", "lead-in", "work", "switch-sides", "paused", "done", "stopped");
    static final Map<String, Map<String, String>> BLOCKS = blocks();

    /** selector (".theme-light .timer-run:work") → its -phase-* variables */
    static Map<String, Map<String, String>> blocks() {
        String css;
        try (InputStream in = TimerContrastTest.class.getResourceAsStream("/formcoach/timer/ui/timer.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        css = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\.theme-(?:light|dark) \\.timer-run(?::[a-z-]+)?)\\s*\\{([^}]*)}").matcher(css);
        while (m.find()) {
            Map<String, String> vars = new HashMap<>();
            Matcher v = Pattern.compile("(-phase-[a-z]+)\\s*:\\s*(#[0-9A-Fa-f]{6})\\s*;").matcher(m.group(2));
            while (v.find()) {
                vars.put(v.group(1), v.group(2));
            }
            out.put(m.group(1).strip(), vars);
        }
        return out;
    }

    /** The variables in force in one phase: the theme's base block, then the phase's own. */
    static Map<String, String> colours(String theme, String phase) {
        Map<String, String> base = BLOCKS.get(".theme-" + theme + " .timer-run");
        assertThat(base).as("%s base block", theme).isNotNull();
        Map<String, String> all = new HashMap<>(base);
        if (!phase.isEmpty()) {
            Map<String, String> own = BLOCKS.get(".theme-" + theme + " .timer-run:" + phase);
            assertThat(own).as("%s %s block", theme, phase).isNotNull();
            assertThat(own).as("%s %s sets every colour itself", theme, phase)
                    .containsKeys("-phase-bg", "-phase-fg", "-phase-text", "-phase-muted", "-phase-strong");
            all.putAll(own);
        }
        return all;
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertThat(contrast("#000000", "#FFFFFF")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#FFFFFF")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyTextPassesAaOnItsPhaseBackground(String theme) {
        for (String phase : PHASES) {
            Map<String, String> c = colours(theme, phase);
            String bg = c.get("-phase-bg");
            for (String fg : List.of("-phase-fg", "-phase-text", "-phase-muted")) {
                assertThat(contrast(c.get(fg), bg)).as("%s %s: %s %s on %s", theme, phase.isEmpty() ? "ready" : phase, fg, c.get(fg), bg)
                        .isGreaterThanOrEqualTo(4.5);
            }
            assertThat(contrast(c.get("-phase-strong"), bg)).as("%s %s: the ring on its background", theme, phase)
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void thePhasesLookDifferentAndPausedIsNotGreen(String theme) {
        List<String> shown = List.of("lead-in", "work", "switch-sides", "paused", "done");
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                String a = colours(theme, shown.get(i)).get("-phase-bg");
                String b = colours(theme, shown.get(j)).get("-phase-bg");
                assertThat(distance(a, b)).as("%s: %s %s vs %s %s", theme, shown.get(i), a, shown.get(j), b).isGreaterThan(60);
            }
        }
        float[] work = hsb(colours(theme, "work").get("-phase-bg"));
        assertThat(work[0] * 360).as("work is green").isBetween(90f, 160f);
        // grey, not green: hardly any colour in the paused background and its word
        assertThat(chroma(colours(theme, "paused").get("-phase-bg"))).as("paused background colourfulness").isLessThan(0.1);
        assertThat(chroma(colours(theme, "paused").get("-phase-fg"))).as("paused word colourfulness").isLessThan(0.1);
        assertThat(chroma(colours(theme, "work").get("-phase-bg"))).as("work is a strong colour").isGreaterThan(0.2);
    }

    /** (max − min) of the channels, 0 for a grey, up to 1 for a pure colour. */
    private static double chroma(String hex) {
        int x = Integer.parseInt(hex.substring(1), 16);
        int r = (x >> 16) & 0xFF;
        int g = (x >> 8) & 0xFF;
        int b = x & 0xFF;
        return (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b))) / 255.0;
    }

    private static double distance(String a, String b) {
        int x = Integer.parseInt(a.substring(1), 16);
        int y = Integer.parseInt(b.substring(1), 16);
        int dr = ((x >> 16) & 0xFF) - ((y >> 16) & 0xFF);
        int dg = ((x >> 8) & 0xFF) - ((y >> 8) & 0xFF);
        int db = (x & 0xFF) - (y & 0xFF);
        return Math.sqrt(dr * dr + dg * dg + db * db);
    }

    private static float[] hsb(String hex) {
        int x = Integer.parseInt(hex.substring(1), 16);
        return java.awt.Color.RGBtoHSB((x >> 16) & 0xFF, (x >> 8) & 0xFF, x & 0xFF, null);
    }
}
