package com.campaignrunner.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One runner per campaign. The holder is recorded as process id and host; a holder whose process is gone (same
 * host) or whose heartbeat stopped (another host) is taken over, so a killed run leaves nothing for a person to
 * clear.
 */
@Component
public class RunLock {

    private static final Duration STALE = Duration.ofSeconds(90);
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);

    private final JdbcTemplate jdbc;
    private final String host = hostName();
    private final String holder = ProcessHandle.current().pid() + "@" + host;
    private ScheduledExecutorService heartbeat;

    public RunLock(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Takes the campaign's lock or throws, naming the process and host that hold it. */
    public synchronized void acquire(String campaignId) {
        Optional<Map<String, Object>> current = jdbc.queryForList(
                "select holder, heartbeat_at from campaign_lock where campaign_id = ?", campaignId).stream()
                .findFirst();
        if (current.isPresent()) {
            String other = (String) current.get().get("holder");
            Instant beat = ((Timestamp) current.get().get("heartbeat_at")).toInstant();
            if (!other.equals(holder) && alive(other, beat)) {
                throw new CampaignBusyException("Campaign '" + campaignId + "' is being run by process "
                        + other.replace("@", " on host ") + " (last heartbeat " + beat + "). Wait for it to "
                        + "finish, or stop it; a second runner would send calls twice.");
            }
            jdbc.update("delete from campaign_lock where campaign_id = ? and holder = ?", campaignId, other);
        }
        try {
            jdbc.update("insert into campaign_lock (campaign_id, holder, heartbeat_at) values (?, ?, ?)",
                    campaignId, holder, Timestamp.from(Instant.now()));
        } catch (DataIntegrityViolationException e) {
            throw new CampaignBusyException("Campaign '" + campaignId + "' was just started by another runner.");
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "campaign-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        heartbeat.scheduleAtFixedRate(() -> jdbc.update("update campaign_lock set heartbeat_at = ? where "
                + "campaign_id = ? and holder = ?", Timestamp.from(Instant.now()), campaignId, holder),
                HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    }

    public synchronized void release(String campaignId) {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        jdbc.update("delete from campaign_lock where campaign_id = ? and holder = ?", campaignId, holder);
    }

    /** The holders of every campaign lock, for status. */
    public List<Map<String, Object>> holders() {
        return jdbc.queryForList("select campaign_id, holder, heartbeat_at from campaign_lock");
    }

    private boolean alive(String other, Instant lastBeat) {
        int at = other.indexOf('@');
        if (at > 0 && other.substring(at + 1).equals(host)) {
            try {
                long pid = Long.parseLong(other.substring(0, at));
                return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return lastBeat.isAfter(Instant.now().minus(STALE));
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }

    /** Another runner holds the campaign. */
    public static class CampaignBusyException extends RuntimeException {

        public CampaignBusyException(String message) {
            super(message);
        }
    }
}
