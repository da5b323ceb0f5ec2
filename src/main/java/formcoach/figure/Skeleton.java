package formcoach.figure;

import formcoach.video.Landmark;

/**
 * Places the figure's joints for a pose: the 33 BlazePose landmarks (indices 0–32, in the model's
 * order) and, after them, points the drawing needs but a landmark file does not carry: the middle
 * of the hips, three points along the spine, the base of the neck, the head's centre and the grips.
 *
 * <p>Coordinates are metres in the lifter's frame: x to the lifter's right, y up, z forward. The body
 * is a 1.75 m adult with segment lengths in common anthropometric proportions. {@link #place}
 * writes into a caller's array and allocates nothing.
 */
public final class Skeleton {
    public static final int HIP_CENTER = Landmark.COUNT;
    public static final int SPINE_1 = HIP_CENTER + 1;
    public static final int SPINE_2 = HIP_CENTER + 2;
    public static final int SPINE_3 = HIP_CENTER + 3;
    public static final int NECK = HIP_CENTER + 4;
    public static final int HEAD = HIP_CENTER + 5;
    public static final int GRIP_RIGHT = HIP_CENTER + 6;
    public static final int GRIP_LEFT = HIP_CENTER + 7;
    /** Points placed: the 33 landmarks and the eight drawing points. */
    public static final int POINTS = HIP_CENTER + 8;

    static final double SPINE = 0.52;
    static final double THIGH = 0.43;
    static final double SHIN = 0.43;
    static final double UPPER_ARM = 0.30;
    static final double FOREARM = 0.26;
    static final double SHOULDER_HALF = 0.185;
    static final double HIP_HALF = 0.09;
    static final double STANCE_HALF = 0.11;
    static final double SHRUG_LIFT = 0.085;
    static final double HEAD_UP = 0.16;
    public static final double HEAD_RADIUS = 0.105;
    static final double ANKLE_HEIGHT = 0.08;
    /** How much of the rounding each of the four spine segments takes, low back to upper back. */
    private static final int[] SPINE_POINTS = {SPINE_1, SPINE_2, SPINE_3, NECK};
    private static final double[] ROUND_SHARE = {-0.4, -0.15, 0.25, 0.7};

    private Skeleton() {
    }


    /**
     * Writes the {@link #POINTS} joints of {@code pose} into {@code out} (3 numbers each: x, y, z),
     * then moves the whole figure so its anchor (feet, seat or grip) sits at the asset's anchor point.
     */
    public static void place(double[] pose, FigureAsset asset, double[] out) {
        double torso = rad(pose[PoseParam.TORSO.ordinal()]);
        double round = rad(pose[PoseParam.ROUND.ordinal()]);
        set(out, HIP_CENTER, 0, 0, 0);
        // the spine: four segments, the rounding spread so the upper back humps and the low back curls
        double y = 0;
        double z = 0;
        double seg = SPINE / 4;
        double top = torso;
        for (int i = 0; i < 4; i++) {
            double a = torso + round * ROUND_SHARE[i];
            y += seg * Math.cos(a);
            z += seg * Math.sin(a);
            set(out, SPINE_POINTS[i], 0, y, z);
            top = a;
        }
        // the upper spine's frame: up along it, forward at right angles to it
        double uy = Math.cos(top);
        double uz = Math.sin(top);
        double fy = -uz;
        double fz = uy;
        double shrug = pose[PoseParam.SHRUG.ordinal()];
        double protract = 0.015 * Math.max(0, pose[PoseParam.ROUND.ordinal()]) / 35.0;
        double sUp = -0.045 + SHRUG_LIFT * shrug;
        double sFwd = 0.03 + protract;
        double sy = y + uy * sUp + fy * sFwd;
        double sz = z + uz * sUp + fz * sFwd;
        set(out, Landmark.RIGHT_SHOULDER.ordinal(), SHOULDER_HALF, sy, sz);
        set(out, Landmark.LEFT_SHOULDER.ordinal(), -SHOULDER_HALF, sy, sz);
        // the head on the neck, following the upper spine and its own nod
        double h = top + rad(pose[PoseParam.HEAD.ordinal()]);
        double hy = Math.cos(h);
        double hz = Math.sin(h);
        double hfy = -hz;
        double hfz = hy;
        double cy = y + hy * HEAD_UP;
        double cz = z + hz * HEAD_UP;
        set(out, HEAD, 0, cy, cz);
        face(out, Landmark.NOSE, 0, 0.0, 0.105, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.RIGHT_EYE_INNER, 0.015, 0.035, 0.09, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.RIGHT_EYE, 0.032, 0.037, 0.085, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.RIGHT_EYE_OUTER, 0.048, 0.035, 0.078, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.LEFT_EYE_INNER, -0.015, 0.035, 0.09, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.LEFT_EYE, -0.032, 0.037, 0.085, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.LEFT_EYE_OUTER, -0.048, 0.035, 0.078, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.RIGHT_EAR, 0.075, 0.01, -0.005, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.LEFT_EAR, -0.075, 0.01, -0.005, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.MOUTH_RIGHT, 0.025, -0.045, 0.09, cy, cz, hy, hz, hfy, hfz);
        face(out, Landmark.MOUTH_LEFT, -0.025, -0.045, 0.09, cy, cz, hy, hz, hfy, hfz);
        // hips and legs
        set(out, Landmark.RIGHT_HIP.ordinal(), HIP_HALF, 0, 0);
        set(out, Landmark.LEFT_HIP.ordinal(), -HIP_HALF, 0, 0);
        double thigh = rad(pose[PoseParam.THIGH.ordinal()]);
        double shin = rad(pose[PoseParam.SHIN.ordinal()]);
        double ky = -THIGH * Math.cos(thigh);
        double kz = THIGH * Math.sin(thigh);
        double ay = ky - SHIN * Math.cos(shin);
        double az = kz + SHIN * Math.sin(shin);
        for (int side = -1; side <= 1; side += 2) {
            boolean right = side > 0;
            double x = side * STANCE_HALF;
            set(out, (right ? Landmark.RIGHT_KNEE : Landmark.LEFT_KNEE).ordinal(), x, ky, kz);
            set(out, (right ? Landmark.RIGHT_ANKLE : Landmark.LEFT_ANKLE).ordinal(), x, ay, az);
            // the foot stays flat: heel behind and below the ankle, toes ahead
            set(out, (right ? Landmark.RIGHT_HEEL : Landmark.LEFT_HEEL).ordinal(), x, ay - 0.06, az - 0.05);
            set(out, (right ? Landmark.RIGHT_FOOT_INDEX : Landmark.LEFT_FOOT_INDEX).ordinal(), x + side * 0.02, ay - 0.075, az + 0.16);
        }
        arm(out, pose, true, sy, sz);
        arm(out, pose, false, sy, sz);
        anchor(out, asset);
    }

    private static void arm(double[] out, double[] pose, boolean right, double sy, double sz) {
        double side = right ? 1 : -1;
        double ua = rad(pose[(right ? PoseParam.UPPER_ARM : PoseParam.OTHER_UPPER_ARM).ordinal()]);
        double uo = rad(pose[(right ? PoseParam.UPPER_ARM_OUT : PoseParam.OTHER_UPPER_ARM_OUT).ordinal()]);
        double fa = rad(pose[(right ? PoseParam.FOREARM : PoseParam.OTHER_FOREARM).ordinal()]);
        double fo = rad(pose[(right ? PoseParam.FOREARM_OUT : PoseParam.OTHER_FOREARM_OUT).ordinal()]);
        double sx = side * SHOULDER_HALF;
        // out to the side first (in the frontal plane), then swung forward or back
        double ex = sx + UPPER_ARM * side * Math.sin(uo);
        double ey = sy + UPPER_ARM * (-Math.cos(uo) * Math.cos(ua));
        double ez = sz + UPPER_ARM * (Math.cos(uo) * Math.sin(ua));
        double dx = side * Math.sin(fo);
        double dy = -Math.cos(fo) * Math.cos(fa);
        double dz = Math.cos(fo) * Math.sin(fa);
        double wx = ex + FOREARM * dx;
        double wy = ey + FOREARM * dy;
        double wz = ez + FOREARM * dz;
        Landmark elbow = right ? Landmark.RIGHT_ELBOW : Landmark.LEFT_ELBOW;
        Landmark wrist = right ? Landmark.RIGHT_WRIST : Landmark.LEFT_WRIST;
        set(out, elbow.ordinal(), ex, ey, ez);
        set(out, wrist.ordinal(), wx, wy, wz);
        // the hand continues the forearm; the grip is in the palm
        set(out, right ? GRIP_RIGHT : GRIP_LEFT, wx + 0.06 * dx, wy + 0.06 * dy, wz + 0.06 * dz);
        set(out, (right ? Landmark.RIGHT_INDEX : Landmark.LEFT_INDEX).ordinal(), wx + 0.085 * dx - side * 0.01, wy + 0.085 * dy, wz + 0.085 * dz + 0.015);
        set(out, (right ? Landmark.RIGHT_PINKY : Landmark.LEFT_PINKY).ordinal(), wx + 0.075 * dx + side * 0.02, wy + 0.075 * dy, wz + 0.075 * dz - 0.01);
        set(out, (right ? Landmark.RIGHT_THUMB : Landmark.LEFT_THUMB).ordinal(), wx + 0.05 * dx - side * 0.025, wy + 0.05 * dy, wz + 0.05 * dz + 0.025);
    }

    private static void anchor(double[] out, FigureAsset asset) {
        double tz;
        double ty;
        switch (asset.anchor()) {
            case FEET -> {
                tz = (out[3 * Landmark.LEFT_ANKLE.ordinal() + 2] + out[3 * Landmark.RIGHT_ANKLE.ordinal() + 2]) / 2;
                ty = (out[3 * Landmark.LEFT_ANKLE.ordinal() + 1] + out[3 * Landmark.RIGHT_ANKLE.ordinal() + 1]) / 2 - ANKLE_HEIGHT;
            }
            case SEAT -> {
                tz = out[3 * HIP_CENTER + 2];
                ty = out[3 * HIP_CENTER + 1];
            }
            default -> {
                tz = (out[3 * GRIP_LEFT + 2] + out[3 * GRIP_RIGHT + 2]) / 2;
                ty = (out[3 * GRIP_LEFT + 1] + out[3 * GRIP_RIGHT + 1]) / 2;
            }
        }
        double dz = asset.anchorAt().get(0) - tz;
        double dy = asset.anchorAt().get(1) - ty;
        for (int i = 0; i < POINTS; i++) {
            out[3 * i + 1] += dy;
            out[3 * i + 2] += dz;
        }
    }

    private static void face(double[] out, Landmark l, double x, double up, double fwd,
                             double cy, double cz, double hy, double hz, double hfy, double hfz) {
        set(out, l.ordinal(), x, cy + hy * up + hfy * fwd, cz + hz * up + hfz * fwd);
    }

    private static void set(double[] out, int i, double x, double y, double z) {
        out[3 * i] = x;
        out[3 * i + 1] = y;
        out[3 * i + 2] = z;
    }

    private static double rad(double deg) {
        return Math.toRadians(deg);
    }
}
