package com.campaignrunner.cli;

import com.campaignrunner.webhook.JobMojitoWebhookController;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code serve}: runs the campaigns of a folder on their schedules, with health and Prometheus endpoints and the
 * JobMojito webhook receiver on one HTTP port, until the process is stopped.
 */
final class ServeCommand {

    static final CommandLine.Option JOBS = new CommandLine.Option("--jobs", "<folder>",
            "the campaign files to run on their schedules (default ./jobs)");
    static final CommandLine.Option PORT = new CommandLine.Option("--port", "<port>",
            "the HTTP port of health, metrics and webhooks (default 8080; 0 picks a free one)");
    static final CommandLine.Option ADDRESS = new CommandLine.Option("--address", "<ip>",
            "the address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)");
    static final CommandLine.Option WEBHOOK_SECRET_ENV = new CommandLine.Option("--webhook-secret-env",
            "<variable>", "the environment variable holding the webhook's shared secret (without it every "
                    + "webhook is refused)");
    static final CommandLine.Option WEBHOOK_HEADER = new CommandLine.Option("--webhook-header", "<name>",
            "the header JobMojito sends the secret in (default X-Webhook-Secret)");
    static final List<CommandLine.Option> OPTIONS = List.of(JOBS, PORT, ADDRESS, WEBHOOK_SECRET_ENV,
            WEBHOOK_HEADER);

    static final String USAGE = CommandLine.usage("serve [options]", """
            Runs every campaign file of the jobs folder that has a 'schedule:' (Spring cron with seconds, such as
            '0 0 6 * * *'), never two runs of one campaign at once, and serves on one port:
              GET  /actuator/health       health, with the database's
              GET  /actuator/prometheus   the metrics of every run
              POST %s   JobMojito webhooks, with the shared secret in the header
            Stops on SIGINT or SIGTERM; a run that is interrupted continues on the next run.
            """.formatted(JobMojitoWebhookController.PATH), OPTIONS);

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int execute(String[] args) {
        Settings settings;
        try {
            CommandLine line = CommandLine.parse(args, 0, 0, OPTIONS);
            if (line.help()) {
                out.print(USAGE);
                return 0;
            }
            settings = Settings.from(line);
        } catch (CommandLine.UsageException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Server server = Server.start(settings)) {
            Thread hook = new Thread(() -> {
                server.close();
                stopped.countDown();
            }, "serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Serving on http://" + settings.address() + ":" + server.port() + " (campaigns: "
                    + server.campaigns() + ")");
            out.flush();
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            err.println("Cannot serve: " + e.getMessage());
            return 1;
        }
    }

    /** What serve was asked for; the secret stays out of {@link #toString()}. */
    record Settings(Path jobs, Path dataFolder, DatabaseSettings database, boolean jsonLogs, int port,
            String address, String webhookHeader, String webhookSecret) {

        static Settings from(CommandLine line) throws CommandLine.UsageException {
            Path jobs = Path.of(line.value(JOBS, "jobs")).toAbsolutePath().normalize();
            if (!Files.isDirectory(jobs)) {
                throw new CommandLine.UsageException("No such jobs folder: " + jobs);
            }
            int port;
            try {
                port = Integer.parseInt(line.value(PORT, "8080"));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new CommandLine.UsageException("--port needs a number from 0 to 65535, got '"
                        + line.value(PORT) + "'");
            }
            String secret = null;
            String secretVariable = line.value(WEBHOOK_SECRET_ENV);
            if (secretVariable != null) {
                secret = System.getenv(secretVariable);
                if (secret == null || secret.isBlank()) {
                    throw new CommandLine.UsageException("--webhook-secret-env names " + secretVariable
                            + ", which is not set in the environment");
                }
            }
            return new Settings(jobs, line.dataFolder(jobs), line.database(), line.jsonLogs(), port,
                    line.value(ADDRESS, "127.0.0.1"), line.value(WEBHOOK_HEADER, "X-Webhook-Secret"), secret);
        }

        @Override
        public String toString() {
            return "Settings[jobs=" + jobs + ", port=" + port + ", address=" + address + ", webhookHeader="
                    + webhookHeader + ", webhookSecretSet=" + (webhookSecret != null) + "]";
        }
    }

    /** The web context and the schedules, started together and stopped together. */
    static final class Server implements AutoCloseable {

        private final ConfigurableApplicationContext spring;
        private final ScheduledCampaigns schedules;
        private final List<String> campaigns;

        private Server(ConfigurableApplicationContext spring, ScheduledCampaigns schedules, List<String> campaigns) {
            this.spring = spring;
            this.schedules = schedules;
            this.campaigns = campaigns;
        }

        static Server start(Settings settings) throws IOException {
            Map<String, String> web = new LinkedHashMap<>();
            web.put("spring.main.web-application-type", "servlet");
            web.put("server.port", Integer.toString(settings.port()));
            web.put("server.address", settings.address());
            web.put("management.endpoints.web.exposure.include", "health,prometheus");
            web.put("management.endpoint.health.probes.enabled", "true");
            web.put("campaign-runner.webhook.header", settings.webhookHeader());
            if (settings.webhookSecret() != null) {
                web.put("campaign-runner.webhook.secret", settings.webhookSecret());
            }
            ConfigurableApplicationContext spring = LedgerDatabase.open(settings.dataFolder(), settings.database(),
                    settings.jsonLogs(), web);
            ScheduledCampaigns schedules = new ScheduledCampaigns(spring, settings.dataFolder());
            try {
                return new Server(spring, schedules, schedules.scheduleFolder(settings.jobs()));
            } catch (IOException | RuntimeException e) {
                schedules.close();
                spring.close();
                throw e;
            }
        }

        int port() {
            return ((WebServerApplicationContext) spring).getWebServer().getPort();
        }

        List<String> campaigns() {
            return campaigns;
        }

        ConfigurableApplicationContext context() {
            return spring;
        }

        @Override
        public synchronized void close() {
            if (spring.isActive()) {
                schedules.close();
                spring.close();
            }
        }
    }
}
