package vn.planflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several clerks at their desks at the same time ({@code --clerks N}): each plan is driven from
 * start to end by one of N threads, the way the people of one commune work on their own plan
 * while the next commune works on its. With one clerk the work runs in order on the caller's thread.
 */
final class Clerks {
    private Clerks() {
    }

    /** Runs every piece of work; the first that fails stops the others and fails the run. */
    static void work(int clerks, List<Runnable> work) {
        if (clerks <= 1) {
            work.forEach(Runnable::run);
            return;
        }
        ExecutorService desks = Executors.newFixedThreadPool(clerks);
        try {
            List<Future<?>> done = new ArrayList<>();
            work.forEach(w -> done.add(desks.submit(w)));
            for (Future<?> f : done) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the clerks were at work", e);
        } finally {
            desks.shutdownNow();
        }
    }
}
