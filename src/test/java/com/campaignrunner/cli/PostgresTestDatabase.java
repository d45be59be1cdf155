package com.campaignrunner.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh schema in the PostgreSQL database that {@code CAMPAIGN_RUNNER_TEST_PG_URL} names (with
 * {@code _USER} and {@code _PASSWORD}), so each test starts from an empty job repository and ledger. Without the
 * variable the test is skipped with a message, except under CI, where PostgreSQL must be there.
 */
final class PostgresTestDatabase implements AutoCloseable {

    static final String URL_VARIABLE = "CAMPAIGN_RUNNER_TEST_PG_URL";
    static final String USER_VARIABLE = "CAMPAIGN_RUNNER_TEST_PG_USER";
    static final String PASSWORD_VARIABLE = "CAMPAIGN_RUNNER_TEST_PG_PASSWORD";

    private final String baseUrl;
    private final String user;
    private final String password;
    private final String schema;

    private PostgresTestDatabase(String baseUrl, String user, String password) throws SQLException {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("create schema " + schema);
    }

    static PostgresTestDatabase create() throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if (System.getenv("CI") != null) {
                Assertions.fail(URL_VARIABLE + " is not set: .ci/run must start PostgreSQL for the tests");
            }
            Assumptions.abort("PostgreSQL variant skipped: set " + URL_VARIABLE + " (and " + USER_VARIABLE + ", "
                    + PASSWORD_VARIABLE + ") to run it, as .ci/run does");
        }
        return new PostgresTestDatabase(url, System.getenv(USER_VARIABLE), System.getenv(PASSWORD_VARIABLE));
    }

    /** The JDBC URL whose default schema is this test's own. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    String user() {
        return user;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(baseUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("drop schema " + schema + " cascade");
    }
}
