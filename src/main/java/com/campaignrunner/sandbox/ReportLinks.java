package com.campaignrunner.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the expiring report URLs, the way the vendor's file storage does. The key lives in the state
 * directory, so links survive a restart of the sandbox.
 */
final class ReportLinks {

    static final String PATH_PREFIX = "/storage/v1/object/sign/reports/";
    private static final String KEY_FILE = "report-signing.key";

    enum Check { VALID, EXPIRED, INVALID }

    private final byte[] key;

    ReportLinks(Path stateDirectory) {
        this.key = loadOrCreateKey(stateDirectory.resolve(KEY_FILE));
    }

    /** The path and query of a signed link to the report named {@code reportKey}. */
    String sign(String reportKey, long expiresEpochSecond) {
        return PATH_PREFIX + reportKey + ".pdf?token=" + token(reportKey, expiresEpochSecond) + "&expires="
                + expiresEpochSecond;
    }

    Check check(String reportKey, String token, String expires, long nowEpochSecond) {
        long expiresAt;
        try {
            expiresAt = Long.parseLong(expires);
        } catch (NumberFormatException | NullPointerException notANumber) {
            return Check.INVALID;
        }
        byte[] expected = token(reportKey, expiresAt).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token == null ? new byte[0] : token.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Check.INVALID;
        }
        return nowEpochSecond > expiresAt ? Check.EXPIRED : Check.VALID;
    }

    private String token(String reportKey, long expiresEpochSecond) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal((reportKey + "|" + expiresEpochSecond).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] loadOrCreateKey(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) == 32) {
                return Files.readAllBytes(file);
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
