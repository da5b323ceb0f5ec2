package formcoach.video.decode;

import java.util.Objects;

/**
 * One picture as packed 8-bit RGB, row by row from the top left ({@code 3 * width * height} bytes).
 * The array is not copied: treat it as read-only once made.
 */
public record RgbImage(int width, int height, byte[] pixels) {
    public RgbImage {
        Objects.requireNonNull(pixels, "pixels");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("an image needs a positive size, got " + width + "x" + height);
        }
        if (pixels.length != 3 * width * height) {
            throw new IllegalArgumentException("expected " + 3 * width * height + " bytes for " + width + "x" + height
                    + ", got " + pixels.length);
        }
    }

    /** The picture turned clockwise by {@code quarterTurns} × 90° (0–3). */
    public RgbImage rotatedClockwise(int quarterTurns) {
        int q = Math.floorMod(quarterTurns, 4);
        if (q == 0) {
            return this;
        }
        int w2 = q == 2 ? width : height;
        int h2 = q == 2 ? height : width;
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int nx;
                int ny;
                switch (q) {
                    case 1 -> {
                        nx = height - 1 - y;
                        ny = x;
                    }
                    case 2 -> {
                        nx = width - 1 - x;
                        ny = height - 1 - y;
                    }
                    default -> {
                        nx = y;
                        ny = width - 1 - x;
                    }
                }
                int s = 3 * (y * width + x);
                int d = 3 * (ny * w2 + nx);
                out[d] = pixels[s];
                out[d + 1] = pixels[s + 1];
                out[d + 2] = pixels[s + 2];
            }
        }
        return new RgbImage(w2, h2, out);
    }
}
