package formcoach.timer.sound;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;

/** A process that "speaks" until destroyed. */
final class FakeProcess extends Process {
    boolean alive = true;
    boolean destroyed;

    @Override
    public OutputStream getOutputStream() {
        return OutputStream.nullOutputStream();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public InputStream getErrorStream() {
        return new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public int waitFor() {
        return 0;
    }

    @Override
    public int exitValue() {
        if (alive) {
            throw new IllegalThreadStateException();
        }
        return 0;
    }

    @Override
    public boolean isAlive() {
        return alive;
    }

    @Override
    public void destroy() {
        destroyed = true;
        alive = false;
    }
}
