package org.flopsheet.app.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap that stayed in use after a garbage collection since {@link #reset()}: what a path
 * keeps alive at once, without the garbage that the peak of the heap pools also counts (those peaks
 * depend on how big the heap may grow). Each collection reports the heap left after it.
 */
final class LiveHeap {
    private static final AtomicLong MAX = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long after = 0;
                for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (HEAP_POOLS.contains(pool.getKey())) after += pool.getValue().getUsed();
                }
                MAX.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }

    private LiveHeap() {}

    /** Collects, then starts counting afresh from what is live now. */
    static void reset() {
        System.gc();
        MAX.set(0);
    }

    /** The most heap left after any collection since {@link #reset()}, in bytes (0 when none ran). */
    static long max() { return MAX.get(); }
}
