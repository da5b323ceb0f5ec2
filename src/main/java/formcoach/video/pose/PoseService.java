package formcoach.video.pose;

import formcoach.store.StoreException;
import formcoach.video.CameraView;
import formcoach.video.LandmarkFile;
import formcoach.video.decode.VideoException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A clip's landmarks, from the cache when the same clip was analysed before, otherwise computed with
 * {@link ClipAnalyzer} and stored. What the Video section uses; the command line may use it too.
 */
public final class PoseService {
    private final ClipAnalyzer analyzer;
    private final PoseCache cache;

    public PoseService(ClipAnalyzer analyzer, PoseCache cache) {
        this.analyzer = analyzer;
        this.cache = cache;
    }

    public PoseCache cache() {
        return cache;
    }

    /** The result of {@link #landmarks}: the file, the clip's hash, and whether it came from the cache. */
    public record Result(LandmarkFile landmarks, String clipHash, boolean fromCache, Optional<String> storeProblem) {
    }

    /**
     * The landmarks of {@code clip}. A cache that cannot be written does not fail the analysis: the
     * problem comes back in {@link Result#storeProblem()}.
     */
    public Result landmarks(Path clip, String lift, CameraView view, ClipAnalyzer.Progress progress, BooleanSupplier cancelled)
            throws VideoException, PoseException {
        return landmarks(clip, lift, view, null, progress, cancelled);
    }

    /**
     * With {@code lifter} ({x, y} fractions of the frame: the person picked among several) the clip is
     * analysed afresh for that person, and the result replaces the clip's saved analysis.
     */
    public Result landmarks(Path clip, String lift, CameraView view, double[] lifter, ClipAnalyzer.Progress progress,
                            BooleanSupplier cancelled) throws VideoException, PoseException {
        String hash;
        try {
            hash = PoseCache.hash(clip);
        } catch (IOException e) {
            throw new VideoException(clip.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
        Optional<String> problem = Optional.empty();
        try {
            if (lifter != null) {
                throw new NoCachedResult();
            }
            Optional<LandmarkFile> cached = cache.find(hash, lift, view);
            if (cached.isPresent()) {
                return new Result(cached.get(), hash, true, Optional.empty());
            }
        } catch (StoreException e) {
            // an unreadable saved analysis is only slower: analyse again, and say what happened to it
            problem = Optional.of(e.getMessage());
        } catch (NoCachedResult e) {
            // a lifter was picked: the saved analysis may follow someone else
        }
        LandmarkFile file = analyzer.analyze(clip, lift, view, lifter, progress, cancelled);
        try {
            cache.put(hash, clip, file);
            return new Result(file, hash, false, problem);
        } catch (StoreException e) {
            return new Result(file, hash, false, Optional.of("The analysis could not be saved: " + e.getMessage()));
        }
    }

    private static final class NoCachedResult extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
