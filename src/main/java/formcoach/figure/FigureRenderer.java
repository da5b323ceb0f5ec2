package formcoach.figure;

import formcoach.video.Landmark;

import java.util.List;

/**
 * Draws a placed figure with a {@link Pen}: rounded limbs, a torso that follows the spine points (so
 * a humped back shows), the head, the equipment in the hands, the floor and props. Holds its own
 * scratch arrays, so drawing a frame allocates nothing; one renderer per view on one thread.
 */
public final class FigureRenderer {
    private static final int[] CHAIN = {Skeleton.HIP_CENTER, Skeleton.SPINE_1, Skeleton.SPINE_2, Skeleton.SPINE_3, Skeleton.NECK};
    private static final double PROP_HALF_WIDTH = 0.22;
    private final double[] xs = new double[8];
    private final double[] ys = new double[8];

    /** How far the equipment reaches from the grip in this view, in metres (for framing). */
    public static double equipmentReach(FigureAsset asset, FigureView view) {
        return switch (asset.equipment()) {
            case BARBELL -> view == FigureView.SIDE ? 0.225 : 1.1;
            case DUMBBELL -> view == FigureView.SIDE ? 0.11 : 0.2;
            case LAT_BAR -> view == FigureView.SIDE ? 0.05 : 0.7;
            case PULL_UP_BAR -> view == FigureView.SIDE ? 0.45 : 0.7;
            case CABLE_HANDLE -> 0.08;
        };
    }

    public void draw(Pen pen, double[] p, FigureAsset asset, FigureView view, Viewport vp) {
        pen.clear(Pen.Ink.BACKGROUND);
        double floor = vp.py(0);
        if (floor < vp.height()) {
            pen.fillRect(0, floor, vp.width(), vp.height() - floor, Pen.Ink.FLOOR);
        }
        List<FigureAsset.Prop> props = asset.props();
        for (int i = 0; i < props.size(); i++) { // indexed: an iterator would be garbage every frame
            FigureAsset.Prop prop = props.get(i);
            // from behind a seat or bench is about as wide as the hips and stands centred under them
            double left = view == FigureView.SIDE ? prop.forward() : -PROP_HALF_WIDTH;
            double width = view == FigureView.SIDE ? prop.width() : 2 * PROP_HALF_WIDTH;
            pen.fillRect(vp.px(left), vp.py(prop.up() + prop.height()), vp.len(width), vp.len(prop.height()), Pen.Ink.PROP);
        }
        cable(pen, p, asset, view, vp);
        if (view == FigureView.SIDE) {
            leg(pen, p, view, vp, false, Pen.Ink.FAR_LIMB);
            arm(pen, p, view, vp, false, Pen.Ink.FAR_LIMB);
            torso(pen, p, view, vp, 0.25);
            head(pen, p, view, vp);
            leg(pen, p, view, vp, true, Pen.Ink.NEAR_LIMB);
            spine(pen, p, view, vp);
            equipment(pen, p, asset, view, vp);
            arm(pen, p, view, vp, true, Pen.Ink.NEAR_LIMB);
        } else {
            leg(pen, p, view, vp, false, Pen.Ink.NEAR_LIMB);
            leg(pen, p, view, vp, true, Pen.Ink.NEAR_LIMB);
            torso(pen, p, view, vp, 0.30);
            // the shoulder line: from behind, a shrug shows as the shoulders rising towards the ears
            seg(pen, p, view, vp, Landmark.LEFT_SHOULDER.ordinal(), Landmark.RIGHT_SHOULDER.ordinal(), 0.13, Pen.Ink.BODY);
            head(pen, p, view, vp);
            spine(pen, p, view, vp);
            equipment(pen, p, asset, view, vp);
            arm(pen, p, view, vp, false, Pen.Ink.NEAR_LIMB);
            arm(pen, p, view, vp, true, Pen.Ink.NEAR_LIMB);
        }
    }

    private void torso(Pen pen, double[] p, FigureView view, Viewport vp, double width) {
        int[] chain = CHAIN;
        for (int i = 0; i < chain.length; i++) {
            xs[i] = vp.px(view.x(p, chain[i]));
            ys[i] = vp.py(view.up(p, chain[i]));
        }
        // the hips and the chest are wider than the waist from the side; one thick line reads as a body
        pen.polyline(xs, ys, chain.length, vp.len(width), Pen.Ink.BODY);
        if (view == FigureView.SIDE) {
            pen.line(xs[chain.length - 1], ys[chain.length - 1], vp.px(view.x(p, Landmark.RIGHT_SHOULDER.ordinal())),
                    vp.py(view.up(p, Landmark.RIGHT_SHOULDER.ordinal())), vp.len(0.16), Pen.Ink.BODY);
        }
    }

    private void spine(Pen pen, double[] p, FigureView view, Viewport vp) {
        int[] chain = CHAIN;
        for (int i = 0; i < chain.length; i++) {
            xs[i] = vp.px(view.x(p, chain[i]));
            ys[i] = vp.py(view.up(p, chain[i]));
        }
        pen.polyline(xs, ys, chain.length, Math.max(1.5, vp.len(0.012)), Pen.Ink.SPINE);
        for (int i = 1; i < chain.length; i++) {
            pen.fillCircle(xs[i], ys[i], Math.max(2, vp.len(0.014)), Pen.Ink.SPINE);
        }
    }

    private void head(Pen pen, double[] p, FigureView view, Viewport vp) {
        double hx = vp.px(view.x(p, Skeleton.HEAD));
        double hy = vp.py(view.up(p, Skeleton.HEAD));
        pen.line(vp.px(view.x(p, Skeleton.NECK)), vp.py(view.up(p, Skeleton.NECK)), hx, hy, vp.len(0.11), Pen.Ink.BODY);
        pen.fillCircle(hx, hy, vp.len(Skeleton.HEAD_RADIUS), Pen.Ink.BODY);
        if (view == FigureView.SIDE) {
            // the nose shows which way the figure looks
            pen.line(hx, hy, vp.px(view.x(p, Landmark.NOSE.ordinal())), vp.py(view.up(p, Landmark.NOSE.ordinal())), vp.len(0.05), Pen.Ink.BODY);
            pen.fillCircle(vp.px(view.x(p, Landmark.RIGHT_EAR.ordinal())), vp.py(view.up(p, Landmark.RIGHT_EAR.ordinal())),
                    Math.max(1.5, vp.len(0.018)), Pen.Ink.SPINE);
        }
    }

    private void leg(Pen pen, double[] p, FigureView view, Viewport vp, boolean right, Pen.Ink ink) {
        int hip = (right ? Landmark.RIGHT_HIP : Landmark.LEFT_HIP).ordinal();
        int knee = (right ? Landmark.RIGHT_KNEE : Landmark.LEFT_KNEE).ordinal();
        int ankle = (right ? Landmark.RIGHT_ANKLE : Landmark.LEFT_ANKLE).ordinal();
        int heel = (right ? Landmark.RIGHT_HEEL : Landmark.LEFT_HEEL).ordinal();
        int toe = (right ? Landmark.RIGHT_FOOT_INDEX : Landmark.LEFT_FOOT_INDEX).ordinal();
        seg(pen, p, view, vp, hip, knee, 0.14, ink);
        seg(pen, p, view, vp, knee, ankle, 0.10, ink);
        seg(pen, p, view, vp, heel, toe, 0.06, ink);
        seg(pen, p, view, vp, ankle, heel, 0.06, ink);
    }

    private void arm(Pen pen, double[] p, FigureView view, Viewport vp, boolean right, Pen.Ink ink) {
        int shoulder = (right ? Landmark.RIGHT_SHOULDER : Landmark.LEFT_SHOULDER).ordinal();
        int elbow = (right ? Landmark.RIGHT_ELBOW : Landmark.LEFT_ELBOW).ordinal();
        int wrist = (right ? Landmark.RIGHT_WRIST : Landmark.LEFT_WRIST).ordinal();
        int index = (right ? Landmark.RIGHT_INDEX : Landmark.LEFT_INDEX).ordinal();
        seg(pen, p, view, vp, shoulder, elbow, 0.095, ink);
        seg(pen, p, view, vp, elbow, wrist, 0.075, ink);
        seg(pen, p, view, vp, wrist, index, 0.06, ink);
    }

    private void seg(Pen pen, double[] p, FigureView view, Viewport vp, int a, int b, double width, Pen.Ink ink) {
        pen.line(vp.px(view.x(p, a)), vp.py(view.up(p, a)), vp.px(view.x(p, b)), vp.py(view.up(p, b)), vp.len(width), ink);
    }

    private void cable(Pen pen, double[] p, FigureAsset asset, FigureView view, Viewport vp) {
        if (asset.pulley() == null) {
            return;
        }
        double gx = (view.x(p, Skeleton.GRIP_LEFT) + view.x(p, Skeleton.GRIP_RIGHT)) / 2;
        double gy = (view.up(p, Skeleton.GRIP_LEFT) + view.up(p, Skeleton.GRIP_RIGHT)) / 2;
        double toX = view == FigureView.SIDE ? asset.pulley().get(0) : 0;
        double toY = asset.pulley().get(1);
        pen.line(vp.px(gx), vp.py(gy), vp.px(toX), vp.py(toY), Math.max(1.5, vp.len(0.01)), Pen.Ink.CABLE);
        pen.fillCircle(vp.px(toX), vp.py(toY), vp.len(0.05), Pen.Ink.PROP);
    }

    private void equipment(Pen pen, double[] p, FigureAsset asset, FigureView view, Viewport vp) {
        boolean both = !asset.oneArm();
        double rx = vp.px(view.x(p, Skeleton.GRIP_RIGHT));
        double ry = vp.py(view.up(p, Skeleton.GRIP_RIGHT));
        double lx = vp.px(view.x(p, Skeleton.GRIP_LEFT));
        double ly = vp.py(view.up(p, Skeleton.GRIP_LEFT));
        double mx = both ? (rx + lx) / 2 : rx;
        double my = both ? (ry + ly) / 2 : ry;
        switch (asset.equipment()) {
            case BARBELL -> {
                if (view == FigureView.SIDE) {
                    pen.fillCircle(mx, my, vp.len(0.225), Pen.Ink.EQUIPMENT);
                    pen.fillCircle(mx, my, vp.len(0.03), Pen.Ink.BACKGROUND);
                } else {
                    double half = vp.len(1.1);
                    pen.line(mx - half, my, mx + half, my, vp.len(0.03), Pen.Ink.EQUIPMENT);
                    pen.fillRect(mx - half, my - vp.len(0.225), vp.len(0.08), vp.len(0.45), Pen.Ink.EQUIPMENT);
                    pen.fillRect(mx + half - vp.len(0.08), my - vp.len(0.225), vp.len(0.08), vp.len(0.45), Pen.Ink.EQUIPMENT);
                }
            }
            case DUMBBELL -> {
                if (view == FigureView.SIDE) {
                    pen.fillCircle(rx, ry, vp.len(0.1), Pen.Ink.EQUIPMENT);
                } else {
                    pen.line(rx, ry - vp.len(0.12), rx, ry + vp.len(0.12), vp.len(0.1), Pen.Ink.EQUIPMENT);
                }
            }
            case CABLE_HANDLE -> pen.line(mx, my - vp.len(0.06), mx, my + vp.len(0.06), vp.len(0.035), Pen.Ink.EQUIPMENT);
            case LAT_BAR -> {
                if (view == FigureView.SIDE) {
                    pen.fillCircle(mx, my, vp.len(0.03), Pen.Ink.EQUIPMENT);
                } else {
                    double half = vp.len(0.65);
                    pen.line(mx - half, my + vp.len(0.08), lx, ly, vp.len(0.03), Pen.Ink.EQUIPMENT);
                    pen.line(lx, ly, rx, ry, vp.len(0.03), Pen.Ink.EQUIPMENT);
                    pen.line(rx, ry, mx + half, my + vp.len(0.08), vp.len(0.03), Pen.Ink.EQUIPMENT);
                }
            }
            case PULL_UP_BAR -> {
                double bx = vp.px(view == FigureView.SIDE ? asset.anchorAt().get(0) : 0);
                double by = vp.py(asset.anchorAt().get(1));
                if (view == FigureView.SIDE) {
                    // the bar end-on, on the bracket that holds it out from the wall the lifter faces
                    pen.line(bx, by, bx + vp.len(0.45), by - vp.len(0.12), vp.len(0.03), Pen.Ink.PROP);
                    pen.fillCircle(bx, by, vp.len(0.045), Pen.Ink.EQUIPMENT);
                } else {
                    pen.line(bx - vp.len(0.7), by, bx + vp.len(0.7), by, vp.len(0.035), Pen.Ink.EQUIPMENT);
                }
            }
        }
    }
}
