package com.campaignrunner.cli;

import com.campaignrunner.CampaignRunnerApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application context on the ledger database: H2 in file mode under the data folder by default,
 * or whatever {@code SPRING_DATASOURCE_URL} names (PostgreSQL in production).
 */
public final class LedgerDatabase {

    private LedgerDatabase() {
    }

    public static ConfigurableApplicationContext open(Path dataFolder) throws java.io.IOException {
        Files.createDirectories(dataFolder);
        Map<String, Object> defaults = new LinkedHashMap<>();
        // AUTO_SERVER lets a second process (status, or a refused second runner) open the same file.
        defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataFolder.resolve("campaign-runner")
                + ";AUTO_SERVER=TRUE");
        defaults.put("spring.datasource.username", "sa");
        defaults.put("spring.datasource.password", "");
        return new SpringApplicationBuilder(CampaignRunnerApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .properties(defaults)
                .run();
    }
}
