package formcoach.video;

import java.util.List;
import java.util.Objects;

/**
 * The landmark file of issue 13, a contract shared by the pose pipeline, the figures and the fault
 * detector: {@code {"fps", "width", "height", "lift", "view", "frames": [{"t", "landmarks": [[x, y,
 * visibility] × 33]}]}}. x and y are fractions of the frame (y downwards), visibility is 0–1,
 * {@code lift} is a library id (may be null when unknown), {@code view} may be null when unknown.
 */
public record LandmarkFile(double fps, int width, int height, String lift, CameraView view, List<Frame> frames) {
    public LandmarkFile {
        frames = List.copyOf(frames);
    }

    /**
     * One frame at time {@code t} seconds from the clip's start. {@code landmarks} has
     * {@link Landmark#COUNT} rows of {@code {x, y, visibility}}; the array is not copied, treat it as read-only.
     */
    public record Frame(double t, float[][] landmarks) {
        public Frame {
            Objects.requireNonNull(landmarks, "landmarks");
            if (landmarks.length != Landmark.COUNT) {
                throw new IllegalArgumentException("a frame needs " + Landmark.COUNT + " landmarks, got " + landmarks.length);
            }
        }

        public float x(Landmark l) {
            return landmarks[l.ordinal()][0];
        }

        public float y(Landmark l) {
            return landmarks[l.ordinal()][1];
        }

        public float visibility(Landmark l) {
            return landmarks[l.ordinal()][2];
        }
    }
}
