package org.prss.advisor.role;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Something costly made once per process (a model, a reading): whoever asks first makes it, in the calling thread,
 * unless a thread of its own was started ahead ({@link #startInBackground}); everyone else waits for that one make.
 */
final class LoadedOnce<T> {

    private final String what;
    private final FutureTask<T> task;
    private final AtomicReference<Thread> loader = new AtomicReference<>();

    /** @param what what is made, as a message names it ("the sentence model") */
    LoadedOnce(String what, Callable<T> make) {
        this.what = what;
        this.task = new FutureTask<>(make);
    }

    /** Starts making it on a daemon thread of that name, unless a thread was started already. */
    void startInBackground(String threadName) {
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        if (loader.compareAndSet(null, thread)) {
            thread.start();
        }
    }

    /** Waits until a thread {@link #startInBackground} started has ended, however it ended; at once when none was. */
    void awaitBackground() {
        Thread thread = loader.get();
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The thing, made now unless it is made or being made (then this waits for it). */
    T get() {
        task.run(); // returns at once when another thread has run or is running it
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " could not be loaded: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what + " loaded", e);
        }
    }
}
