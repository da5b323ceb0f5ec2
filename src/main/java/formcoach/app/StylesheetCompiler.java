package formcoach.app;

import formcoach.ui.Stylesheets;
import javafx.css.Stylesheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (run by Maven at process-classes): turns every stylesheet the window uses into
 * JavaFX's binary form beside the compiled classes, so the toolkit loads it instead of parsing
 * text at start-up. The AtlantaFX theme alone takes about 140-200 ms to parse on a cold JVM and
 * under 20 ms to load in binary form. Without the binary files (running from an IDE that skips the
 * step) the app falls back to the text stylesheets, see {@link Stylesheets}.
 */
public final class StylesheetCompiler {
    private StylesheetCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: StylesheetCompiler CLASSES_DIR");
        }
        Path classes = Path.of(args[0]);
        int n = 0;
        for (String theme : Stylesheets.THEMES) {
            Path out = classes.resolve(Stylesheets.compiledTheme(theme).substring(1));
            try (InputStream in = StylesheetCompiler.class.getResourceAsStream(Stylesheets.themeSource(theme))) {
                if (in == null) {
                    throw new IOException("the theme " + Stylesheets.themeSource(theme) + " is not on the class path");
                }
                Path text = Files.createTempFile("formcoach-theme", ".css");
                try {
                    Files.copy(in, text, StandardCopyOption.REPLACE_EXISTING);
                    compile(text, out);
                } finally {
                    Files.deleteIfExists(text);
                }
            }
            n++;
        }
        List<Path> ours;
        try (Stream<Path> files = Files.walk(classes.resolve("formcoach"))) {
            ours = files.filter(p -> p.getFileName().toString().endsWith(".css")).toList();
        }
        for (Path css : ours) {
            String name = css.getFileName().toString();
            compile(css, css.resolveSibling(name.substring(0, name.length() - 4) + ".bss"));
            n++;
        }
        System.out.println("[formcoach] " + n + " stylesheets compiled to binary CSS");
    }

    private static void compile(Path css, Path bss) throws IOException {
        Files.createDirectories(bss.getParent());
        Stylesheet.convertToBinary(css.toFile(), bss.toFile());
    }
}
