package formcoach.cli;

import formcoach.library.Exercise;
import formcoach.library.Fault;
import formcoach.library.FaultCue;
import formcoach.library.Library;
import formcoach.store.StoreException;
import formcoach.video.CameraView;
import formcoach.video.LandmarkCodec;
import formcoach.video.LandmarkFile;
import formcoach.video.LandmarkFileException;
import formcoach.video.RuleBasedSetAnalyzer;
import formcoach.video.SetReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code formcoach video ...}: the video self-check from the command line. */
@Command(name = "video", mixinStandardHelpOptions = true,
        description = "The video self-check: count reps and flag shrugging, momentum and rounding, rep by rep.",
        subcommands = {VideoCommand.AnalyzeCommand.class})
public final class VideoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: analyze");
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = {"Count the reps of a set and flag each fault per rep, with the value measured, its threshold and when it peaked.",
                    "Give a clip, or a landmark file (--keypoints) written by this command or by 'library figure'."})
    static final class AnalyzeCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CLIP", arity = "0..1", description = "A video of the set (MP4, MOV, WebM, AVI).")
        Path clip;

        @Option(names = "--keypoints", paramLabel = "FILE", description = "Analyse this landmark file instead of a clip.")
        Path keypoints;

        @Option(names = "--lift", paramLabel = "ID", description = "The lift's library id (default: the file's own).")
        String lift;

        @Option(names = "--view", paramLabel = "VIEW", description = "Where the camera stood: side, front or back (default: the file's own).")
        String view;

        @Option(names = "--json", description = "Print the reps and their faults as JSON.")
        boolean json;

        @Option(names = "--keypoints-out", paramLabel = "FILE", description = "Also write the landmarks analysed to this file.")
        Path keypointsOut;

        @Override
        public Integer call() throws StoreException, IOException {
            if ((clip == null) == (keypoints == null)) {
                throw new BadInputException(clip == null ? "give a clip or --keypoints FILE" : "give either a clip or --keypoints FILE, not both");
            }
            CameraView v = null;
            if (view != null) {
                v = CameraView.fromId(view.strip().toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new BadInputException("--view must be side, front or back, not '" + view + "'"));
            }
            if (keypointsOut != null) {
                OutputFiles.checkLandmarkTarget(keypointsOut, "--keypoints-out");
            }
            Library lib = LibraryCommand.load(spec);
            if (clip != null && lift != null && lib.find(lift).isEmpty()) {
                // before a clip's analysis, which takes about as long as the clip
                throw LibraryCommand.unknown(lib, lift);
            }
            LandmarkFile file = clip != null ? landmarksOfClip(clip, lift, v) : readKeypoints(keypoints);
            String liftId = lift != null ? lift : file.lift();
            Exercise exercise = null;
            if (liftId != null) {
                String given = liftId;
                exercise = lib.find(given).orElseThrow(() -> lift != null ? LibraryCommand.unknown(lib, given)
                        : new BadInputException(keypoints + ": unknown lift '" + given + "' (give --lift ID)"));
            }
            SetReport report = RuleBasedSetAnalyzer.builtIn().analyze(file, liftId, v);
            if (keypointsOut != null) {
                LandmarkCodec.write(new LandmarkFile(file.fps(), file.width(), file.height(), report.lift(), report.view(), file.frames()),
                        keypointsOut);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(LibraryCommand.json(toJson(report, file, exercise)));
            } else {
                print(out, report, exercise);
            }
            return Cli.OK;
        }

        private static LandmarkFile readKeypoints(Path path) {
            try {
                return LandmarkCodec.read(path);
            } catch (LandmarkFileException e) {
                throw new BadInputException(e.getMessage());
            }
        }

        /**
         * The clip path: decoding and the pose model come from the video pipeline; until that is part
         * of the build, say so and point to the landmark-file path.
         */
        /** The clip's landmarks from the pose pipeline (FFmpeg decoding, MediaPipe's pose models on TensorFlow Lite). */
        private LandmarkFile landmarksOfClip(Path clip, String liftId, CameraView view) {
            if (!Files.isRegularFile(clip)) {
                throw new BadInputException(clip + ": no such file");
            }
            java.util.concurrent.ExecutorService decoder = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "video-decode");
                t.setDaemon(true);
                return t;
            });
            int[] shown = {-1};
            try {
                PrintWriter err = spec.commandLine().getErr();
                return new formcoach.video.pose.ClipAnalyzer(decoder, 2).analyze(clip, liftId, view, (done, total) -> {
                    int pct = total <= 0 ? 0 : (int) (100L * done / total);
                    if (!json && pct / 10 != shown[0]) {
                        shown[0] = pct / 10;
                        err.print("\ranalysing " + clip.getFileName() + ": " + pct + " %");
                        err.flush();
                    }
                }, () -> false);
            } catch (formcoach.video.decode.VideoException e) {
                throw new BadInputException(e.getMessage());
            } catch (formcoach.video.pose.PoseException e) {
                throw new IllegalStateException("the pose models could not run: " + e.getMessage(), e);
            } finally {
                decoder.shutdownNow();
                if (!json && shown[0] >= 0) {
                    // ends the progress line; a clip that failed before any frame printed none
                    spec.commandLine().getErr().println();
                }
            }
        }
    }

    static Map<String, Object> toJson(SetReport report, LandmarkFile file, Exercise exercise) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("lift", report.lift());
        root.put("view", report.view().id());
        List<Map<String, Object>> reps = new ArrayList<>();
        Set<Fault> flagged = EnumSet.noneOf(Fault.class);
        for (SetReport.Rep r : report.reps()) {
            Map<String, Object> rep = new LinkedHashMap<>();
            rep.put("rep", r.rep());
            rep.put("start", round2(r.start()));
            rep.put("end", round2(r.end()));
            rep.put("faults", EnumSet.copyOf(r.faults().isEmpty() ? EnumSet.noneOf(Fault.class) : r.faults()).stream().map(Fault::name).toList());
            flagged.addAll(r.faults());
            Map<String, Object> measures = new LinkedHashMap<>();
            r.measures().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                SetReport.Measure m = e.getValue();
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("fault", m.fault().name());
                mm.put("value", m.value());
                mm.put("threshold", m.threshold());
                mm.put("peak", round2(m.peakTime()));
                mm.put("peakFrame", frameAt(file, m.peakTime()));
                mm.put("flagged", m.flagged());
                mm.put("estimate", m.estimate());
                measures.put(e.getKey(), mm);
            });
            rep.put("measures", measures);
            reps.add(rep);
        }
        root.put("reps", reps);
        if (exercise != null && !flagged.isEmpty()) {
            Map<String, String> fixes = new LinkedHashMap<>();
            for (FaultCue cue : exercise.faults()) {
                if (flagged.contains(cue.fault())) {
                    fixes.put(cue.fault().name(), cue.fix());
                }
            }
            root.put("fixes", fixes);
        }
        root.put("warnings", report.warnings());
        return root;
    }

    private static int frameAt(LandmarkFile file, double t) {
        List<LandmarkFile.Frame> frames = file.frames();
        int best = 0;
        for (int i = 0; i < frames.size(); i++) {
            if (Math.abs(frames.get(i).t() - t) < Math.abs(frames.get(best).t() - t)) {
                best = i;
            }
        }
        return best;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static void print(PrintWriter out, SetReport report, Exercise exercise) {
        String name = exercise != null ? exercise.name() : report.lift() != null ? report.lift() : "Unknown lift";
        out.printf(Locale.ROOT, "%s, %s view: %d rep%s%n", name, report.view().id(), report.reps().size(), report.reps().size() == 1 ? "" : "s");
        Set<Fault> flagged = EnumSet.noneOf(Fault.class);
        for (SetReport.Rep r : report.reps()) {
            out.printf(Locale.ROOT, "Rep %d  %.1f–%.1f s  %s%n", r.rep(), r.start(), r.end(),
                    r.faults().isEmpty() ? "clean" : String.join(", ", EnumSet.copyOf(r.faults()).stream().map(Fault::name).toList()));
            r.measures().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                SetReport.Measure m = e.getValue();
                out.printf(Locale.ROOT, "  %-11s %7.2f  (threshold %.2f, peak at %.1f s)%s%s%n", e.getKey(), m.value(), m.threshold(), m.peakTime(),
                        m.estimate() ? " estimate" : "", m.flagged() ? "  ← " + m.fault().name() : "");
            });
            flagged.addAll(r.faults());
        }
        if (exercise != null) {
            for (FaultCue cue : exercise.faults()) {
                if (flagged.contains(cue.fault()) && !cue.fix().isBlank()) {
                    out.println("Fix " + cue.fault().displayName().toLowerCase(Locale.ROOT) + ": " + cue.fix());
                }
            }
        }
        for (String w : report.warnings()) {
            out.println("Note: " + w);
        }
    }
}
