package formcoach.video.pose;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.tensorflowlite.BuiltinOpResolver;
import org.bytedeco.tensorflowlite.FlatBufferModel;
import org.bytedeco.tensorflowlite.Interpreter;
import org.bytedeco.tensorflowlite.InterpreterBuilder;
import org.bytedeco.tensorflowlite.TfLiteIntArray;
import org.bytedeco.tensorflowlite.TfLiteTensor;

import java.io.IOException;
import java.io.InputStream;

/**
 * One TensorFlow Lite model loaded from the jar's {@code /assets/models/}, with one float input and
 * float outputs. Not thread-safe: one thread runs a model at a time.
 */
final class TfliteModel implements AutoCloseable {
    private final String name;
    private final BytePointer bytes;
    private final FlatBufferModel model;
    private final Interpreter interpreter;
    private final FloatPointer input;
    private final int[] inputShape;
    private final int[][] outputShapes;
    private boolean closed;

    TfliteModel(String resourceName, int threads) throws PoseException {
        this(resourceName, threads, readResource(resourceName), formcoach.video.NativeSupport.missing());
    }

    private TfliteModel(String resourceName, int threads, byte[] data, java.util.Optional<String> noNatives) throws PoseException {
        this.name = resourceName;
        if (noNatives.isPresent()) {
            throw new PoseException(noNatives.get());
        }
        try {
            bytes = new BytePointer(data.length);
            // the model keeps pointing into this buffer: it lives as long as the model
            bytes.put(data, 0, data.length);
            model = FlatBufferModel.BuildFromBuffer(bytes, data.length);
            if (model == null || model.isNull()) {
                bytes.close();
                throw new PoseException("The pose model " + resourceName + " could not be loaded (it may be damaged).");
            }
            interpreter = new Interpreter((Pointer) null);
            try (BuiltinOpResolver resolver = new BuiltinOpResolver();
                 InterpreterBuilder builder = new InterpreterBuilder(model, resolver)) {
                builder.SetNumThreads(threads);
                if (builder.apply(interpreter) != 0 || interpreter.isNull() || interpreter.AllocateTensors() != 0) {
                    throw new PoseException("The pose model " + resourceName + " could not be prepared to run.");
                }
            }
            input = interpreter.typed_input_tensor_float(0);
            inputShape = dims(interpreter.input_tensor(0));
            int outputs = outputCount(interpreter);
            outputShapes = new int[outputs][];
            for (int i = 0; i < outputs; i++) {
                outputShapes[i] = dims(interpreter.output_tensor(i));
            }
        } catch (LinkageError e) {
            // the libraries are there but would not load (a broken or foreign library): a message, not a crash
            throw new PoseException(formcoach.video.NativeSupport.couldNotLoad(e), e);
        }
    }

    private static int outputCount(Interpreter interpreter) {
        org.bytedeco.javacpp.IntPointer ids = interpreter.outputs();
        long n = ids.limit() > 0 ? ids.limit() : ids.capacity();
        return (int) n;
    }

    private static int[] dims(TfLiteTensor tensor) {
        TfLiteIntArray d = tensor.dims();
        int[] out = new int[d.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = d.data(i);
        }
        return out;
    }

    private static byte[] readResource(String resourceName) throws PoseException {
        String path = "/assets/models/" + resourceName;
        try (InputStream in = TfliteModel.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new PoseException("The pose model " + resourceName + " is missing from this build of Form Coach.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new PoseException("The pose model " + resourceName + " could not be read: " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    int[] inputShape() {
        return inputShape.clone();
    }

    int outputCount() {
        return outputShapes.length;
    }

    int[] outputShape(int index) {
        return outputShapes[index].clone();
    }

    /** The index of the first output with {@code elements} values in all, or -1. */
    int outputWithSize(int elements) {
        for (int i = 0; i < outputShapes.length; i++) {
            int n = 1;
            for (int d : outputShapes[i]) {
                n *= d;
            }
            if (n == elements) {
                return i;
            }
        }
        return -1;
    }

    /** Copies {@code values} into the input tensor, runs the model, and returns nothing; read outputs next. */
    void run(float[] values) throws PoseException {
        input.position(0).put(values, 0, values.length);
        if (interpreter.Invoke() != 0) {
            throw new PoseException("The pose model " + name + " failed to run on a frame.");
        }
    }

    /** Copies output {@code index} into {@code into} (which must be the output's size or smaller). */
    void output(int index, float[] into) {
        FloatPointer out = interpreter.typed_output_tensor_float(index);
        out.position(0).get(into, 0, into.length);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            interpreter.close();
            model.close();
            bytes.close();
        }
    }
}
