package formcoach.video.pose;

import formcoach.video.decode.RgbImage;

/** Samples a rotated rectangle of a picture into a model's square input tensor (bilinear, black outside). */
final class ImageCrop {
    private ImageCrop() {
    }

    /**
     * Fills {@code out} ({@code 3 * size * size} floats, RGB interleaved, row by row) with the
     * rectangle {@code roi} of {@code image}, each channel mapped from 0–255 to {@code lo}–{@code hi}.
     */
    static void crop(RgbImage image, Roi roi, int size, float lo, float hi, float[] out) {
        int w = image.width();
        int h = image.height();
        byte[] px = image.pixels();
        float scale = (hi - lo) / 255f;
        double cos = Math.cos(roi.rotation());
        double sin = Math.sin(roi.rotation());
        // the image position of output pixel (i, j) is origin + i·du + j·dv
        double stepX = roi.width() / size;
        double stepY = roi.height() / size;
        double duX = cos * stepX;
        double duY = sin * stepX;
        double dvX = -sin * stepY;
        double dvY = cos * stepY;
        double startU = -roi.width() / 2 + stepX / 2;
        double startV = -roi.height() / 2 + stepY / 2;
        double originX = roi.centerX() + startU * cos - startV * sin - 0.5;
        double originY = roi.centerY() + startU * sin + startV * cos - 0.5;
        int o = 0;
        int row = 3 * w;
        for (int j = 0; j < size; j++) {
            double rowX = originX + j * dvX;
            double rowY = originY + j * dvY;
            for (int i = 0; i < size; i++, o += 3) {
                double sx = rowX + i * duX;
                double sy = rowY + i * duY;
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                float fx = (float) (sx - x0);
                float fy = (float) (sy - y0);
                if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
                    // inside: the four neighbours at once, no bounds checks per channel
                    int p00 = 3 * (y0 * w + x0);
                    int p10 = p00 + 3;
                    int p01 = p00 + row;
                    int p11 = p01 + 3;
                    for (int c = 0; c < 3; c++) {
                        float top = (px[p00 + c] & 0xff) + ((px[p10 + c] & 0xff) - (px[p00 + c] & 0xff)) * fx;
                        float bottom = (px[p01 + c] & 0xff) + ((px[p11 + c] & 0xff) - (px[p01 + c] & 0xff)) * fx;
                        out[o + c] = lo + (top + (bottom - top) * fy) * scale;
                    }
                } else if (x0 < -1 || y0 < -1 || x0 >= w || y0 >= h) {
                    out[o] = lo;
                    out[o + 1] = lo;
                    out[o + 2] = lo;
                } else {
                    for (int c = 0; c < 3; c++) {
                        float p00 = sample(px, w, h, x0, y0, c);
                        float p10 = sample(px, w, h, x0 + 1, y0, c);
                        float p01 = sample(px, w, h, x0, y0 + 1, c);
                        float p11 = sample(px, w, h, x0 + 1, y0 + 1, c);
                        float top = p00 + (p10 - p00) * fx;
                        float bottom = p01 + (p11 - p01) * fx;
                        out[o + c] = lo + (top + (bottom - top) * fy) * scale;
                    }
                }
            }
        }
    }

    private static float sample(byte[] px, int w, int h, int x, int y, int c) {
        if (x < 0 || y < 0 || x >= w || y >= h) {
            return 0f;
        }
        return px[3 * (y * w + x) + c] & 0xff;
    }
}
