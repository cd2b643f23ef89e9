package io.divertwatch.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Which copy of a reference data set (airports, a register, a list) is in force: what an evidence
 * bundle cites so that another analyst can check a verdict against the same data.
 *
 * @param kind    {@code airports}, {@code register} or {@code list}
 * @param origin  the file or URL it was read from
 * @param entries how many rows it holds
 * @param sha256  of the bytes read (compressed, when the file was), or null when built in
 */
public record DataVersion(String kind, String name, String origin, int entries, String sha256, Instant loadedAt) {

    /** A stream over {@code file} that digests what is read through it, for {@link #hex}. */
    public static DigestInputStream digesting(Path file) throws IOException {
        return new DigestInputStream(Files.newInputStream(file), newSha256());
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(newSha256().digest(bytes));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
