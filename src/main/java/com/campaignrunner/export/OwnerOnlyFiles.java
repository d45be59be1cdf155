package com.campaignrunner.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** File chores of a bundle, which holds personal data: owner-only access, checksums, the zip. */
final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    static Path createFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder);
        return folder;
    }

    /** Does nothing where the file system has no POSIX permissions, such as on Windows. */
    static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (UnsupportedOperationException e) {
            // the file system decides access itself
        }
    }

    /** Every regular file under the folder, relative to it, with / between names whatever the platform. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }

    static String relativeName(Path relative) {
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The zip holds the folder itself, so unpacking it gives back the bundle folder by its name. */
    static void zip(Path folder, Path zip) throws IOException {
        String root = folder.getFileName().toString() + "/";
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path relative : files(folder)) {
                out.putNextEntry(new ZipEntry(root + relativeName(relative)));
                Files.copy(folder.resolve(relative), out);
                out.closeEntry();
            }
        }
        restrict(zip);
    }

    /** Restricts everything under the folder, the folder included. */
    static void restrictAll(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                restrict(path);
            }
        }
    }
}
