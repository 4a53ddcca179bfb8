package uk.apassure.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Every timed request of the simulated users, and the journeys that went wrong, read out per measuring window. */
final class RoundTrips {

    record Sample(String kind, long nanos, boolean ok) {}

    /** What one window saw: latency percentiles over the chosen kinds of request, errors, rates. */
    record Window(int count, double p50, double p95, double p99, double max, int errors, double seconds) {
        double perSecond() {
            return count / seconds;
        }
    }

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile long windowStart = System.nanoTime();

    void record(String kind, long nanos, boolean ok) {
        samples.add(new Sample(kind, nanos, ok));
        if (!ok) {
            errors.incrementAndGet();
        }
    }

    void failed(String kind) {
        samples.add(new Sample(kind, 0, false));
        errors.incrementAndGet();
    }

    /** A step of a journey that did not do what a person would see it do (no error from HTTP itself). */
    void journeyError() {
        errors.incrementAndGet();
    }

    /** A request sent again after its connection broke (it still counts once, with both attempts' time). */
    void retried() {
        retries.incrementAndGet();
    }

    int retries() {
        return retries.get();
    }

    void busyAnswer() {
        busy.incrementAndGet();
    }

    int busyAnswers() {
        return busy.get();
    }

    /** Starts a new window: what was recorded so far is forgotten. */
    void reset() {
        samples.clear();
        errors.set(0);
        busy.set(0);
        retries.set(0);
        windowStart = System.nanoTime();
    }

    Window window(Predicate<String> kinds) {
        double seconds = (System.nanoTime() - windowStart) / 1e9;
        List<Sample> chosen = new ArrayList<>();
        for (Sample sample : samples) {
            if (kinds.test(sample.kind())) {
                chosen.add(sample);
            }
        }
        long[] nanos = chosen.stream().filter(Sample::ok).mapToLong(Sample::nanos).toArray();
        Arrays.sort(nanos);
        return new Window(chosen.size(), percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6, errors.get(), seconds);
    }

    /** p50/p95 per kind of request in this window, e.g. {@code navigate 12/48 ms}: where the time goes. */
    String byKind(Predicate<String> kinds) {
        java.util.Map<String, List<Long>> byKind = new java.util.TreeMap<>();
        for (Sample sample : samples) {
            if (kinds.test(sample.kind()) && sample.ok()) {
                byKind.computeIfAbsent(sample.kind(), k -> new ArrayList<>()).add(sample.nanos());
            }
        }
        StringBuilder text = new StringBuilder();
        byKind.forEach((kind, list) -> {
            long[] nanos = list.stream().mapToLong(Long::longValue).sorted().toArray();
            text.append(String.format(java.util.Locale.ROOT, "%s %.0f/%.0f ms (%d)  ", kind, percentile(nanos, 50),
                    percentile(nanos, 95), nanos.length));
        });
        return text.toString().strip();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
