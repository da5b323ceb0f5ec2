package formcoach.cli;

import formcoach.figure.FigureAsset;
import formcoach.figure.FigureExport;
import formcoach.figure.FigureView;
import formcoach.figure.Figures;
import formcoach.figure.PngFigure;
import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.Library;
import formcoach.store.StoreException;
import formcoach.video.LandmarkCodec;
import formcoach.video.LandmarkFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code formcoach library figure ID}: the lift's correct-form figure, clean or with one fault, as a
 * landmark file (the video self-check's format) or one frame as a PNG picture.
 */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = {"Write a lift's figure: its motion as a landmark file (--keypoints-out) or one frame as a picture (--png-out).",
                "The landmark file holds a short set-up, then N reps in a row."})
final class LibraryFigureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The exercise id, e.g. barbell-bent-over-row.")
    String id;

    @Option(names = "--fault", paramLabel = "FAULT", defaultValue = "NONE",
            description = "NONE (a clean rep), SHRUGGING, ROUNDING or MOMENTUM (default ${DEFAULT-VALUE}).")
    String fault;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "5", description = "Reps after the set-up, 1–50 (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "side", description = "side or back (default ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--fps", paramLabel = "FPS", defaultValue = "30", description = "Frames a second in the landmark file, 1–240 (default ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--keypoints-out", paramLabel = "FILE", description = "Write the motion as a landmark file here.")
    Path keypointsOut;

    @Option(names = "--png-out", paramLabel = "FILE", description = "Draw one frame of a rep into this PNG file.")
    Path pngOut;

    @Option(names = "--at", paramLabel = "FRACTION", defaultValue = "0.5",
            description = "For --png-out: how far through the rep, 0 (start) to 1 (end); 0.5 is about the top (default ${DEFAULT-VALUE}).")
    double at;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "640x480", description = "For --png-out: the picture's size in pixels (default ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() throws StoreException, IOException {
        if (keypointsOut == null && pngOut == null) {
            throw new BadInputException("say where to write: --keypoints-out FILE, --png-out FILE, or both");
        }
        Fault f = parseFault(fault);
        FigureView v = FigureView.fromId(view.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadInputException("--view must be side or back, not '" + view + "'"));
        if (reps < 1 || reps > 50) {
            throw new BadInputException("--reps must be between 1 and 50, not " + reps);
        }
        if (!(fps >= 1 && fps <= 240)) {
            throw new BadInputException("--fps must be between 1 and 240, not " + fps);
        }
        if (!(at >= 0 && at <= 1)) {
            throw new BadInputException("--at must be between 0 and 1, not " + at);
        }
        int[] wh = parseSize(size);
        FigureAsset asset = figureFor(LibraryCommand.load(spec), id);
        if (keypointsOut != null) {
            OutputFiles.checkLandmarkTarget(keypointsOut, "--keypoints-out");
        }
        if (pngOut != null) {
            OutputFiles.checkPngTarget(pngOut, "--png-out");
        }
        PrintWriter out = spec.commandLine().getOut();
        String what = (f == null ? "clean" : f.name()) + ", " + v.id() + " view";
        if (keypointsOut != null) {
            LandmarkFile file = FigureExport.landmarks(asset, f, reps, v, fps);
            LandmarkCodec.write(file, keypointsOut);
            out.printf(Locale.ROOT, "Wrote %s: %s, %d reps (%s), %d frames at %s fps.%n", keypointsOut, asset.lift(), reps, what,
                    file.frames().size(), fmt(fps));
        }
        if (pngOut != null) {
            PngFigure.write(asset, f, v, at, wh[0], wh[1], pngOut);
            out.printf(Locale.ROOT, "Wrote %s: %s (%s) at %s of a rep.%n", pngOut, asset.lift(), what, fmt(at));
        }
        return Cli.OK;
    }

    static FigureAsset figureFor(Library lib, String id) {
        Exercise e = lib.find(id).orElseThrow(() -> LibraryCommand.unknown(lib, id));
        Figures figures = Figures.builtIn();
        return figures.find(e.id()).orElseThrow(() -> new BadInputException(figures.problems().stream()
                .filter(p -> p.startsWith("assets/figures/" + e.id() + ".json")).findFirst()
                .orElse("'" + id + "' has no figure yet; figures exist for " + String.join(", ", figures.all().keySet()))));
    }

    static Fault parseFault(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("NONE")) {
            return null;
        }
        try {
            return Fault.valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--fault must be NONE, SHRUGGING, ROUNDING or MOMENTUM, not '" + text + "'");
        }
    }

    private static int[] parseSize(String s) {
        String[] parts = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].strip());
                int h = Integer.parseInt(parts[1].strip());
                if (w >= 64 && h >= 64 && w <= 4096 && h <= 4096) {
                    return new int[] {w, h};
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadInputException("--size must be WIDTHxHEIGHT between 64 and 4096 pixels, such as 640x480, not '" + s + "'");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
