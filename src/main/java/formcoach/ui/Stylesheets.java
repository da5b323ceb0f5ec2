package formcoach.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import java.net.URL;
import java.util.List;
import java.util.Objects;

/**
 * Where the window's stylesheets are: the binary form made at build time by
 * {@code formcoach.app.StylesheetCompiler} when it is there, the text form otherwise.
 */
public final class Stylesheets {
    public static final List<String> THEMES = List.of("light", "dark");

    private Stylesheets() {
    }

    /** The user-agent stylesheet for a theme ("light" or "dark"). */
    public static String theme(String theme) {
        URL compiled = Stylesheets.class.getResource(compiledTheme(theme));
        return compiled != null ? compiled.toExternalForm()
                : Objects.requireNonNull(Stylesheets.class.getResource(themeSource(theme)), themeSource(theme)).toExternalForm();
    }

    /**
     * One of our own stylesheets, by its resource path ending in {@code .css}, for
     * {@code getStylesheets().add(...)}.
     */
    public static String of(Class<?> near, String cssPath) {
        if (!cssPath.endsWith(".css")) {
            throw new IllegalArgumentException("not a .css path: " + cssPath);
        }
        URL compiled = near.getResource(cssPath.substring(0, cssPath.length() - 4) + ".bss");
        if (compiled != null) {
            return compiled.toExternalForm();
        }
        return Objects.requireNonNull(near.getResource(cssPath), cssPath).toExternalForm();
    }

    public static String themeSource(String theme) {
        return "dark".equals(theme) ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public static String compiledTheme(String theme) {
        return "/formcoach/app/theme/primer-" + ("dark".equals(theme) ? "dark" : "light") + ".bss";
    }
}
