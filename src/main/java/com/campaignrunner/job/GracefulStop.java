package com.campaignrunner.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGTERM and Ctrl-C into a request to stop after the calls in flight, instead of the JVM's immediate
 * shutdown: the run then records its STOPPED state while the database is still open. A second signal exits at
 * once; the ledger's in-flight states make even that safe to run again.
 */
final class GracefulStop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private GracefulStop() {
    }

    static GracefulStop onSignals(Runnable stop) {
        GracefulStop graceful = new GracefulStop();
        AtomicBoolean requested = new AtomicBoolean();
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal signal = new Signal(name);
                SignalHandler before = Signal.handle(signal, received -> {
                    if (requested.getAndSet(true)) {
                        log.warn("Second stop request: exiting now");
                        Runtime.getRuntime().halt(128 + received.getNumber());
                    }
                    new Thread(stop, "campaign-graceful-stop").start();
                });
                graceful.signals.add(signal);
                graceful.previous.add(before);
            } catch (IllegalArgumentException unsupported) {
                // This platform does not deliver that signal to Java: the JVM's default handling stays.
            }
        }
        return graceful;
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
