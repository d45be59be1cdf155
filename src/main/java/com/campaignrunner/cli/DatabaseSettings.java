package com.campaignrunner.cli;

/**
 * The database chosen on the command line. A null field falls back to Spring's standard
 * {@code SPRING_DATASOURCE_URL}, {@code _USERNAME} and {@code _PASSWORD} variables, and without a URL anywhere to
 * H2 in the data folder. {@link #toString()} leaves the password out, since settings end up in messages.
 */
record DatabaseSettings(String url, String user, String password) {

    static DatabaseSettings fromEnvironment() {
        return new DatabaseSettings(null, null, null);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + "]";
    }
}
