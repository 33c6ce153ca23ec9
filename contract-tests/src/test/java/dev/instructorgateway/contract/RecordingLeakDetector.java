package dev.instructorgateway.contract;

import io.netty.util.ResourceLeakDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Netty's leak detector, keeping every leak it reports so that {@link NettyLeakCheck} can fail the test class that
 * left one. Netty builds it instead of its own because the contract tests' JVM names it in
 * {@code io.netty.customResourceLeakDetector}, with {@code io.netty.leakDetection.level=paranoid} so that every
 * buffer is tracked.
 */
public final class RecordingLeakDetector<T> extends ResourceLeakDetector<T> {

    private static final Queue<String> LEAKS = new ConcurrentLinkedQueue<>();

    public RecordingLeakDetector(Class<?> resourceType, int samplingInterval) {
        super(resourceType, samplingInterval);
    }

    public RecordingLeakDetector(Class<?> resourceType, int samplingInterval, long maxActive) {
        super(resourceType, samplingInterval, maxActive);
    }

    /** Whether Netty built this detector, that is whether the tests run with it. */
    static boolean installed() {
        return RecordingLeakDetector.class.getName().equals(System.getProperty("io.netty.customResourceLeakDetector"));
    }

    /** The leaks reported since the last call. */
    static List<String> takeLeaks() {
        List<String> taken = new ArrayList<>();
        for (String leak = LEAKS.poll(); leak != null; leak = LEAKS.poll()) {
            taken.add(leak);
        }
        return taken;
    }

    @Override
    protected void reportTracedLeak(String resourceType, String records) {
        LEAKS.add(resourceType + " released by nobody; last accesses:" + records);
        super.reportTracedLeak(resourceType, records);
    }

    @Override
    protected void reportUntracedLeak(String resourceType) {
        LEAKS.add(resourceType + " released by nobody (no access records)");
        super.reportUntracedLeak(resourceType);
    }
}
