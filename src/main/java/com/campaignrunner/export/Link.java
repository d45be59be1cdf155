package com.campaignrunner.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A cell that opens something: a web address, or a file of the bundle given relative to results.xlsx.
 */
record Link(String text, String address, boolean file) {

    /** Only http and https open from a cell; anything else a candidate or the API sent is shown as text. */
    static boolean isWebAddress(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static Link web(String url) {
        return new Link(url.trim(), url.trim(), false);
    }

    static Link bundleFile(String text, String relativePath) {
        return new Link(text, relativePath, true);
    }
}
