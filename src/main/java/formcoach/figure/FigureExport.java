package formcoach.figure;

import formcoach.library.Fault;
import formcoach.video.Landmark;
import formcoach.video.LandmarkFile;

import java.util.ArrayList;
import java.util.List;

/**
 * The figure's motion as a landmark file (issue 13's format), as a camera of {@code width} ×
 * {@code height} pixels at {@code fps} would see it: so the video self-check's detector can be driven
 * by the figures, and the figure laid over a person's own clip.
 */
public final class FigureExport {
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 720;

    private FigureExport() {
    }

    /** {@code reps} reps with {@code fault} (null or absent for clean) after the set-up, seen from {@code view}. */
    public static LandmarkFile landmarks(FigureAsset asset, Fault fault, int reps, FigureView view, double fps) {
        if (!(fps >= 1 && fps <= 240)) {
            throw new IllegalArgumentException("fps must be between 1 and 240");
        }
        FigureMotion motion = FigureMotion.set(asset, fault, reps);
        int n = (int) Math.floor(motion.duration() * fps + 1e-9) + 1;
        double[] pose = new double[PoseParam.COUNT];
        double[][] placed = new double[n][3 * Skeleton.POINTS];
        for (int i = 0; i < n; i++) {
            motion.sample(i / fps, pose);
            Skeleton.place(pose, asset, placed[i]);
        }
        Viewport vp = frame(asset, view, placed, WIDTH, HEIGHT);
        List<LandmarkFile.Frame> frames = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[][] lm = new float[Landmark.COUNT][3];
            for (Landmark l : Landmark.values()) {
                int k = l.ordinal();
                lm[k][0] = (float) (vp.px(view.x(placed[i], k)) / WIDTH);
                lm[k][1] = (float) (vp.py(view.up(placed[i], k)) / HEIGHT);
                lm[k][2] = view.visibility(l);
            }
            frames.add(new LandmarkFile.Frame(Math.round(i / fps * 1e4) / 1e4, lm));
        }
        return new LandmarkFile(fps, WIDTH, HEIGHT, asset.lift(), view.camera(), frames);
    }

    /** A viewport that keeps every placed frame, the equipment and the floor in the picture. */
    public static Viewport frame(FigureAsset asset, FigureView view, double[][] placed, double width, double height) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minUp = 0;
        double maxUp = -Double.MAX_VALUE;
        double pad = FigureRenderer.equipmentReach(asset, view);
        for (double[] p : placed) {
            for (int i = 0; i < Skeleton.POINTS; i++) {
                double r = (i == Skeleton.GRIP_LEFT || i == Skeleton.GRIP_RIGHT) ? pad : i == Skeleton.HEAD ? Skeleton.HEAD_RADIUS : 0.08;
                minX = Math.min(minX, view.x(p, i) - r);
                maxX = Math.max(maxX, view.x(p, i) + r);
                minUp = Math.min(minUp, view.up(p, i) - r);
                maxUp = Math.max(maxUp, view.up(p, i) + r);
            }
        }
        if (asset.pulley() != null && view == FigureView.SIDE) {
            minX = Math.min(minX, asset.pulley().get(0));
            maxX = Math.max(maxX, asset.pulley().get(0));
            maxUp = Math.max(maxUp, asset.pulley().get(1));
        }
        return Viewport.fit(width, height, minX, maxX, minUp, maxUp, 0.06);
    }
}
