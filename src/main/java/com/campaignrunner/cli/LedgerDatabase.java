package com.campaignrunner.cli;

import com.campaignrunner.CampaignRunnerApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context on the ledger database: H2 in file mode under the data folder by default,
 * PostgreSQL (or any database with a Flyway and Spring Batch schema) when {@code --db-url} or
 * {@code SPRING_DATASOURCE_URL} names one. Only {@code serve} starts a web server. The commands close the
 * context themselves, after a graceful stop of the run on SIGTERM, so Spring registers no shutdown hook of its own.
 */
public final class LedgerDatabase {

    private LedgerDatabase() {
    }

    /** A non-web context on the data folder's database, or the one the environment names. */
    static ConfigurableApplicationContext open(Path dataFolder) throws IOException {
        return open(dataFolder, DatabaseSettings.fromEnvironment(), false, Map.of());
    }

    /** A non-web context on the database and with the log format that the command line chose. */
    public static ConfigurableApplicationContext open(CommandLine line) throws IOException, CommandLine.UsageException {
        return open(line.dataFolder(), line.database(), line.jsonLogs(), Map.of());
    }

    /**
     * @param settings properties that win over every other source (serve's port, for example); a
     *     {@code spring.main.web-application-type} among them is what makes the context a web server
     */
    static ConfigurableApplicationContext open(Path dataFolder, DatabaseSettings database, boolean jsonLogs,
            Map<String, String> settings) throws IOException {
        Files.createDirectories(dataFolder);
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (database.url() == null && blank(System.getenv("SPRING_DATASOURCE_URL"))) {
            // AUTO_SERVER lets a second process (status, or a refused second runner) open the same file.
            // WRITE_DELAY=0 writes each commit at once: by default H2 holds commits for half a second, and a
            // killed process would lose the in-flight state written just before a paid call.
            defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataFolder.resolve("campaign-runner")
                    + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
            defaults.put("spring.datasource.username", "sa");
            defaults.put("spring.datasource.password", "");
        }
        // Command-line arguments of the application outrank the environment, as options given by hand should.
        Map<String, String> overrides = new LinkedHashMap<>();
        if (database.url() != null) {
            overrides.put("spring.datasource.url", database.url());
        }
        if (database.user() != null) {
            overrides.put("spring.datasource.username", database.user());
        }
        if (database.password() != null) {
            overrides.put("spring.datasource.password", database.password());
        }
        if (jsonLogs) {
            overrides.put("logging.structured.format.console", "ecs");
        }
        overrides.putAll(settings);
        List<String> arguments = new ArrayList<>();
        overrides.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        boolean web = "servlet".equals(overrides.get("spring.main.web-application-type"));
        return new SpringApplicationBuilder(CampaignRunnerApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(defaults)
                .run(arguments.toArray(String[]::new));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
