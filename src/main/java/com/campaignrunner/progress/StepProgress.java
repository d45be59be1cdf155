package com.campaignrunner.progress;

import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.RowState;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Shows how a long step is getting on: rows done, rows per second, errors and the time left. On a terminal the
 * line is rewritten in place every second; otherwise (a scheduler, a pipe, a log file) a log line every five
 * seconds. Chunk steps count the rows they read, process and write through the listener methods; the collection
 * tasklet has no items, so rows it finished are counted in the ledger. Errors are always counted in the ledger,
 * where they are recorded.
 */
public final class StepProgress implements StepExecutionListener, ChunkListener<Object, Object>,
        ItemReadListener<Object>, ItemProcessListener<Object, Object>, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(StepProgress.class);
    private static final Duration TERMINAL_TICK = Duration.ofSeconds(1);
    private static final Duration LOG_TICK = Duration.ofSeconds(5);

    private final String step;
    private final CampaignContext context;
    private final Ledger ledger;
    private final Set<RowState> todo;
    private final Set<RowState> finishedInLedger;
    private final Set<RowState> errors;
    private final boolean terminal;
    private final PrintStream screen;

    private final AtomicLong read = new AtomicLong();
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile long startedNanos;
    private volatile long total;
    private volatile long finishedAtStart;
    private volatile long errorsAtStart;
    private ScheduledExecutorService ticker;
    private volatile int lastLineLength;

    private StepProgress(String step, CampaignContext context, Ledger ledger, Set<RowState> todo,
            Set<RowState> finishedInLedger, Set<RowState> errors) {
        this.step = step;
        this.context = context;
        this.ledger = ledger;
        this.todo = todo;
        this.finishedInLedger = finishedInLedger;
        this.errors = errors;
        this.terminal = System.console() != null;
        this.screen = System.out;
    }

    /**
     * A chunk step whose items are rows; {@code todo} are the states of the rows it will handle, known before it
     * starts (none for intake, whose rows are not in the ledger yet).
     */
    public static StepProgress ofRows(String step, CampaignContext context, Ledger ledger, Set<RowState> todo,
            Set<RowState> errors) {
        return new StepProgress(step, context, ledger, todo, Set.of(), errors);
    }

    /** A step without items: rows count as done when the ledger shows them in one of {@code finished}. */
    public static StepProgress ofLedger(String step, CampaignContext context, Ledger ledger, Set<RowState> todo,
            Set<RowState> finished, Set<RowState> errors) {
        return new StepProgress(step, context, ledger, todo, finished, errors);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        read.set(0);
        processed.set(0);
        written.set(0);
        Map<RowState, Integer> counts = ledger.countByState(context.campaignId());
        total = sum(counts, todo);
        finishedAtStart = sum(counts, finishedInLedger);
        errorsAtStart = sum(counts, errors);
        startedNanos = System.nanoTime();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress-" + step);
            thread.setDaemon(true);
            return thread;
        });
        Duration tick = terminal ? TERMINAL_TICK : LOG_TICK;
        ticker.scheduleAtFixedRate(this::show, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        ticker.shutdownNow();
        if (terminal && lastLineLength > 0) {
            screen.print("\r" + line(snapshot()) + System.lineSeparator());
            screen.flush();
            lastLineLength = 0;
        }
        return stepExecution.getExitStatus();
    }

    @Override
    public void afterRead(Object item) {
        read.incrementAndGet();
    }

    @Override
    public void afterProcess(Object item, Object result) {
        processed.incrementAndGet();
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        written.addAndGet(items.size());
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        // Rows filtered out by the processor never reach the writer; the read count already holds them.
    }

    /** How far the step is now. */
    public Snapshot snapshot() {
        long done;
        if (finishedInLedger.isEmpty()) {
            done = Math.max(written.get(), processed.get());
            if (done == 0 || todo.isEmpty()) {
                done = Math.max(done, read.get());
            }
        } else {
            done = Math.max(0, sum(ledger.countByState(context.campaignId()), finishedInLedger) - finishedAtStart);
        }
        long errorCount = Math.max(0, sum(ledger.countByState(context.campaignId()), errors) - errorsAtStart);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        return new Snapshot(step, done, total, errorCount, elapsed);
    }

    private void show() {
        try {
            String text = line(snapshot());
            if (terminal) {
                String padded = text.length() < lastLineLength ? text + " ".repeat(lastLineLength - text.length())
                        : text;
                screen.print("\r" + padded);
                screen.flush();
                lastLineLength = text.length();
            } else {
                log.info(text);
            }
        } catch (RuntimeException e) {
            // Progress is a courtesy: a failed ledger read must not disturb the step.
            log.debug("Progress of {} not shown: {}", step, e.toString());
        }
    }

    static String line(Snapshot s) {
        double seconds = Math.max(0.001, s.elapsed().toMillis() / 1000.0);
        double rate = s.done() / seconds;
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT, "%-12s %6d", s.step(),
                s.done()));
        if (s.total() > 0) {
            text.append(String.format(java.util.Locale.ROOT, " / %d rows (%3d%%)", s.total(),
                    Math.min(100, s.done() * 100 / s.total())));
        } else {
            text.append(" rows");
        }
        text.append(String.format(java.util.Locale.ROOT, ", %.1f rows/s, %d errors", rate, s.errors()));
        if (s.total() > 0 && s.done() < s.total() && rate > 0) {
            long left = Math.round((s.total() - s.done()) / rate);
            text.append(", about ").append(RunSummary.duration(Duration.ofSeconds(left))).append(" left");
        }
        text.append(", ").append(RunSummary.duration(s.elapsed())).append(" so far");
        return text.toString();
    }

    private static long sum(Map<RowState, Integer> counts, Set<RowState> states) {
        long sum = 0;
        for (RowState state : states) {
            sum += counts.getOrDefault(state, 0);
        }
        return sum;
    }

    /** Rows done, rows to do (0 when unknown), errors recorded and time spent, at one moment. */
    public record Snapshot(String step, long done, long total, long errors, Duration elapsed) {
    }
}
