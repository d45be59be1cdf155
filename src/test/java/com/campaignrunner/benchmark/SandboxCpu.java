package com.campaignrunner.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of the sandbox's own threads (its request workers and its HTTP dispatcher), which run in the
 * benchmark's process. The threads end when the sandbox closes, so their CPU time is sampled while they live and
 * the last sample of each counts; what a thread spent after its last sample (at most one interval) is missed.
 */
final class SandboxCpu {

    private static final long INTERVAL_MILLIS = 100;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> lastSeen = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private SandboxCpu() {
        sampler = new Thread(this::sampleUntilStopped, "benchmark-sandbox-cpu");
        sampler.setDaemon(true);
    }

    static SandboxCpu start() {
        SandboxCpu cpu = new SandboxCpu();
        cpu.sampler.start();
        return cpu;
    }

    Duration stop() throws InterruptedException {
        running = false;
        sampler.join();
        synchronized (lastSeen) {
            return Duration.ofNanos(lastSeen.values().stream().mapToLong(Long::longValue).sum());
        }
    }

    private void sampleUntilStopped() {
        while (running) {
            sample();
            try {
                Thread.sleep(INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        sample();
    }

    private void sample() {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !sandboxThread(info.getThreadName())) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) {
                synchronized (lastSeen) {
                    lastSeen.merge(info.getThreadId(), cpu, Math::max);
                }
            }
        }
    }

    private static boolean sandboxThread(String name) {
        return name.startsWith("jobmojito-sandbox-") || name.startsWith("HTTP-Dispatcher");
    }
}
