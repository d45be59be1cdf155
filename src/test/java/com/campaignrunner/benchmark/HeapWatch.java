package com.campaignrunner.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a child benchmark needed, two ways: the most heap still in use right after any garbage collection
 * (what the work really holds, from the collector's own notifications, no forced collections), and the sum of
 * the heap pools' peaks (an upper bound that counts garbage not yet collected).
 */
final class HeapWatch {

    private final AtomicLong maxLiveAfterGc = new AtomicLong();
    private final List<Runnable> removals = new ArrayList<>();

    private HeapWatch() {
    }

    static HeapWatch start() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        HeapWatch watch = new HeapWatch();
        NotificationListener listener = watch::onCollection;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                watch.removals.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // Already gone.
                    }
                });
            }
        }
        return watch;
    }

    private void onCollection(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed)
                .sum();
        // Non-heap pools (metaspace, code cache) are in the map too; keep only what the heap pools hold.
        long nonHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
            if (after != null && pool.getType() == MemoryType.NON_HEAP) {
                nonHeap += after.getUsed();
            }
        }
        maxLiveAfterGc.accumulateAndGet(used - nonHeap, Math::max);
    }

    /** Stops watching and reports as {@code key=value} words for the parent process. */
    String stop() {
        removals.forEach(Runnable::run);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return "liveAfterGcMb=" + (maxLiveAfterGc.get() >> 20) + " poolPeakMb=" + (peak >> 20) + " maxHeapMb="
                + (Runtime.getRuntime().maxMemory() >> 20);
    }
}
