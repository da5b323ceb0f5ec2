package formcoach.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared background task, run by its same-thread twin: callbacks in order, errors unwrapped. */
class BackgroundTaskTest {
    final TaskExecutor now = new CurrentThreadTaskExecutor();

    @Test
    void aValueReachesOnSuccessBetweenRunningAndFinished() {
        List<String> seen = new ArrayList<>();
        CompletableFuture<Integer> f = BackgroundTask.of(() -> 6 * 7)
                .onRunning(() -> seen.add("running"))
                .onSuccess(v -> seen.add("value " + v))
                .onFailure(e -> seen.add("failed"))
                .onFinished(() -> seen.add("finished"))
                .executeWith(now);
        assertThat(seen).containsExactly("running", "value 42", "finished");
        assertThat(f).isCompletedWithValue(42);
    }

    @Test
    void aCheckedExceptionReachesOnFailureUnwrappedWithItsMessage() {
        List<Throwable> errors = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        CompletableFuture<Object> f = BackgroundTask.of(() -> {
                    throw new IOException("disk full");
                })
                .onSuccess(v -> seen.add("value"))
                .onFailure(errors::add)
                .onFinished(() -> seen.add("finished"))
                .executeWith(now);
        assertThat(errors).singleElement().isInstanceOf(IOException.class);
        assertThat(BackgroundTask.message(errors.get(0))).isEqualTo("disk full");
        assertThat(seen).containsExactly("finished");
        assertThat(f).isCompletedExceptionally();
    }

    @Test
    void messagesSayWhatWentWrongForAPerson() {
        assertThat(BackgroundTask.message(new java.util.concurrent.CompletionException(new java.nio.file.AccessDeniedException("/x/y.pdf"))))
                .isEqualTo("you may not write to /x/y.pdf. Pick another folder.");
        assertThat(BackgroundTask.message(new IllegalStateException())).isEqualTo("IllegalStateException");
    }
}
