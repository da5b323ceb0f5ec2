package formcoach.video;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import formcoach.store.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes the landmark file of issue 13:
 * {@code {"fps", "width", "height", "lift", "view", "frames": [{"t", "landmarks": [[x, y, v] × 33]}]}}.
 *
 * <p>Reading is strict about what the detector relies on and says exactly where a file goes wrong:
 * every frame has 33 entries of three finite numbers, visibility is 0–1, times never go backwards.
 * x and y may lie a little outside the frame ({@value #MIN_COORD} to {@value #MAX_COORD}), because a
 * pose model reports a hand that has left the picture there. Keys the format does not name are
 * skipped, so a later writer can add some. Streaming, so a long clip's file is not held as a tree.
 */
public final class LandmarkCodec {
    /** The smallest x or y accepted: a point may lie outside the frame, as pose models report it. */
    public static final double MIN_COORD = -1.0;
    /** The largest x or y accepted. */
    public static final double MAX_COORD = 2.0;

    private static final JsonFactory FACTORY = Json.mapper().getFactory();

    private LandmarkCodec() {
    }

    /** Reads a landmark file; any problem (missing, not JSON, wrong shape) is one message naming it. */
    public static LandmarkFile read(Path file) throws LandmarkFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new LandmarkFileException(file + ": no such file");
        } catch (IOException e) {
            throw new LandmarkFileException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a landmark file from a stream; {@code name} is used in messages. */
    public static LandmarkFile read(InputStream in, String name) throws LandmarkFileException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return new Reader(p, name).file();
        } catch (JsonProcessingException e) {
            throw new LandmarkFileException(name + ": not a landmark file: " + Json.plainMessage(e) + line(e));
        } catch (IOException e) {
            throw new LandmarkFileException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() != null && e.getLocation().getLineNr() > 0 ? " (line " + e.getLocation().getLineNr() + ")" : "";
    }

    /** Writes the file compactly (one frame a line) to a stream; x and y with 5 decimals, visibility 3. */
    public static void write(LandmarkFile file, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(null);
            g.writeStartObject();
            g.writeNumberField("fps", file.fps());
            g.writeNumberField("width", file.width());
            g.writeNumberField("height", file.height());
            g.writeStringField("lift", file.lift());
            g.writeStringField("view", file.view() == null ? null : file.view().id());
            g.writeFieldName("frames");
            g.writeStartArray();
            for (LandmarkFile.Frame f : file.frames()) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeFieldName("t");
                g.writeRawValue(fixed(f.t(), 4));
                g.writeFieldName("landmarks");
                g.writeStartArray();
                for (float[] l : f.landmarks()) {
                    g.writeStartArray();
                    g.writeRawValue(fixed(l[0], 5));
                    g.writeRawValue(fixed(l[1], 5));
                    g.writeRawValue(fixed(l[2], 3));
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * Writes the file to {@code target} atomically (a temporary file in the same folder, then a move),
     * so a reader never sees half a file and a failed write leaves the old file as it was.
     */
    public static void write(LandmarkFile file, Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path folder = abs.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        }
        Path tmp = Files.createTempFile(folder, "." + abs.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(file, out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String fixed(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // trim trailing zeros to keep files small, but keep one digit after the point
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0' && s.indexOf('.') >= 0 && s.indexOf('.') < end - 2) {
            end--;
        }
        s = s.substring(0, end);
        return s.equals("-0.0") ? "0.0" : s;
    }

    /** A small recursive-descent reader over Jackson's tokens. */
    private static final class Reader {
        private final JsonParser p;
        private final String name;

        Reader(JsonParser p, String name) {
            this.p = p;
            this.name = name;
        }

        LandmarkFile file() throws IOException, LandmarkFileException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw bad("not a landmark file: expected a JSON object with \"fps\" and \"frames\"");
            }
            Double fps = null;
            Integer width = null;
            Integer height = null;
            String lift = null;
            CameraView view = null;
            List<LandmarkFile.Frame> frames = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "fps" -> fps = number("fps");
                    case "width" -> width = size("width");
                    case "height" -> height = size("height");
                    case "lift" -> lift = text("lift");
                    case "view" -> {
                        String v = text("view");
                        if (v != null) {
                            view = CameraView.fromId(v).orElseThrow(() -> bad("\"view\" must be side, front or back, not \"" + v + "\""));
                        }
                    }
                    case "frames" -> frames = frames();
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw bad("not a landmark file: more content after the closing brace");
            }
            if (fps == null || frames == null) {
                throw bad("not a landmark file: it needs \"fps\" and \"frames\"");
            }
            if (!(fps > 0 && fps <= 1000)) {
                throw bad("\"fps\" must be more than 0 and at most 1000, not " + fps);
            }
            if (width == null || height == null) {
                throw bad("not a landmark file: it needs \"width\" and \"height\" (the frame size in pixels)");
            }
            if (lift != null && lift.isBlank()) {
                lift = null;
            }
            return new LandmarkFile(fps, width, height, lift, view, frames);
        }

        private List<LandmarkFile.Frame> frames() throws IOException, LandmarkFileException {
            expect(JsonToken.START_ARRAY, "\"frames\" must be a list");
            List<LandmarkFile.Frame> frames = new ArrayList<>();
            double lastT = Double.NEGATIVE_INFINITY;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                int i = frames.size();
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw bad("frame " + i + " must be an object with \"t\" and \"landmarks\"");
                }
                Double t = null;
                float[][] landmarks = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "t" -> t = number("frame " + i + " \"t\"");
                        case "landmarks" -> landmarks = landmarks(i);
                        default -> p.skipChildren();
                    }
                }
                if (t == null || landmarks == null) {
                    throw bad("frame " + i + " needs \"t\" and \"landmarks\"");
                }
                if (t < 0) {
                    throw bad("frame " + i + ": \"t\" must not be negative, not " + t);
                }
                if (t <= lastT) {
                    throw bad("frame " + i + ": \"t\" " + t + " does not come after the previous frame's " + lastT);
                }
                lastT = t;
                frames.add(new LandmarkFile.Frame(t, landmarks));
            }
            return frames;
        }

        private float[][] landmarks(int frame) throws IOException, LandmarkFileException {
            expect(JsonToken.START_ARRAY, "frame " + frame + ": \"landmarks\" must be a list of " + Landmark.COUNT + " [x, y, visibility] entries");
            float[][] out = new float[Landmark.COUNT][];
            int n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (n >= Landmark.COUNT) {
                    throw bad("frame " + frame + ": more than " + Landmark.COUNT + " landmarks (BlazePose has exactly " + Landmark.COUNT + ")");
                }
                String where = "frame " + frame + ", landmark " + n + " (" + Landmark.values()[n].name().toLowerCase(Locale.ROOT) + ")";
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw bad(where + ": must be [x, y, visibility]");
                }
                float[] xyv = new float[3];
                int k = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (k >= 3) {
                        throw bad(where + ": must be [x, y, visibility], got more than three numbers");
                    }
                    if (!p.currentToken().isNumeric()) {
                        throw bad(where + ": must be [x, y, visibility], got " + p.getText());
                    }
                    double v = p.getDoubleValue();
                    String comp = k == 0 ? "x" : k == 1 ? "y" : "visibility";
                    if (!Double.isFinite(v)) {
                        throw bad(where + ": " + comp + " is not a finite number");
                    }
                    if (k < 2 && (v < MIN_COORD || v > MAX_COORD)) {
                        throw bad(where + ": " + comp + " is " + v + ", outside " + MIN_COORD + " to " + MAX_COORD
                                + " (x and y are fractions of the frame)");
                    }
                    if (k == 2 && (v < 0 || v > 1)) {
                        throw bad(where + ": visibility is " + v + ", must be between 0 and 1");
                    }
                    xyv[k++] = (float) v;
                }
                if (k != 3) {
                    throw bad(where + ": must be [x, y, visibility], got " + k + " number" + (k == 1 ? "" : "s"));
                }
                out[n++] = xyv;
            }
            if (n != Landmark.COUNT) {
                throw bad("frame " + frame + ": " + n + " landmarks, BlazePose has exactly " + Landmark.COUNT);
            }
            return out;
        }

        private Double number(String what) throws IOException, LandmarkFileException {
            if (!p.currentToken().isNumeric()) {
                throw bad(what + " must be a number");
            }
            double v = p.getDoubleValue();
            if (!Double.isFinite(v)) {
                throw bad(what + " must be a finite number");
            }
            return v;
        }

        private Integer size(String what) throws IOException, LandmarkFileException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw bad("\"" + what + "\" must be a whole number of pixels");
            }
            long v = p.getLongValue();
            if (v < 1 || v > 100_000) {
                throw bad("\"" + what + "\" must be between 1 and 100000 pixels, not " + v);
            }
            return (int) v;
        }

        private String text(String what) throws IOException, LandmarkFileException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                return null;
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw bad("\"" + what + "\" must be text");
            }
            return p.getText();
        }

        private void expect(JsonToken token, String message) throws LandmarkFileException {
            if (p.currentToken() != token) {
                throw bad(message);
            }
        }

        private LandmarkFileException bad(String message) {
            return new LandmarkFileException(name + ": " + message);
        }
    }
}
