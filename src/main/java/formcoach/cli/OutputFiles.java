package formcoach.cli;

import formcoach.video.LandmarkCodec;
import formcoach.video.LandmarkFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Checks a file the command line is about to write: its folder exists, and anything already there
 * is replaced only when it is empty or the same kind of file (an earlier landmark file or PNG), so a
 * slip of the keyboard never overwrites a person's other work.
 */
final class OutputFiles {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private OutputFiles() {
    }

    static void checkLandmarkTarget(Path target, String option) {
        check(target, option);
        if (Files.isRegularFile(target) && size(target) > 0) {
            try {
                LandmarkCodec.read(target);
            } catch (LandmarkFileException e) {
                throw new BadInputException(option + ": " + target + " exists and is not a landmark file; not overwriting it");
            }
        }
    }

    static void checkPngTarget(Path target, String option) {
        check(target, option);
        if (Files.isRegularFile(target) && size(target) > 0) {
            try (InputStream in = Files.newInputStream(target)) {
                if (!Arrays.equals(in.readNBytes(4), PNG)) {
                    throw new BadInputException(option + ": " + target + " exists and is not a PNG picture; not overwriting it");
                }
            } catch (IOException e) {
                throw new BadInputException(option + ": " + target + " cannot be read (" + e.getMessage() + ")");
            }
        }
    }

    private static void check(Path target, String option) {
        if (Files.isDirectory(target)) {
            throw new BadInputException(option + ": " + target + " is a folder; give a file name");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException(option + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new BadInputException(option + ": cannot write in " + folder);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
