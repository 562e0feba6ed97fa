package org.kalamdb.jdbc.bench.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The peak of the live heap during a piece of work: the heap occupancy after every garbage
 * collection that happens meanwhile (and after a forced one at {@link #sampleNow()}), minus the
 * occupancy after a full collection at the start. Occupancy right after a collection is what is
 * still referenced (plus old-generation garbage a young collection did not visit, so this errs
 * high), which is the honest "how much heap does this need" measure; occupancy between
 * collections would mostly count garbage.
 */
public final class HeapWatch implements AutoCloseable {

    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;
    private final AtomicLong peak = new AtomicLong();
    private final long baseline;

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
        baseline = fullGcOccupancy();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** Collects fully, takes the baseline and starts watching. */
    public static HeapWatch start() {
        return new HeapWatch();
    }

    /** Collects fully now and counts what survives (call it while the work still holds its data). */
    public void sampleNow() {
        record(fullGcOccupancy());
    }

    /** Bytes above the baseline at the highest observed point. */
    public long peakAboveBaseline() {
        return Math.max(0, peak.get() - baseline);
    }

    public long baselineBytes() {
        return baseline;
    }

    private static long fullGcOccupancy() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        record(used);
    }

    private void record(long used) {
        peak.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone: nothing to undo
            }
        }
    }
}
