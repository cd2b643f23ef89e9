package io.divertwatch.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.common.DataVersion;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of one evidence bundle, then the bundle as an archive: each file, a {@code manifest.json}
 * that lists them with their SHA-256 and the data versions used, and a {@code SHA256SUMS} in the format
 * {@code sha256sum -c} checks (covering the manifest too). Every entry carries the bundle's creation time,
 * so the same bundle written twice is byte-identical inside.
 */
final class EvidenceBundle {

    /** The archive formats offered. */
    enum Format {
        ZIP("zip", "application/zip"), TAR_GZ("tar.gz", "application/gzip");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        /** {@code zip} (or none) or {@code tar.gz}; null for anything else. */
        static Format parse(String value) {
            if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("zip")) {
                return ZIP;
            }
            String v = value.trim().toLowerCase(java.util.Locale.ROOT);
            return v.equals("tar.gz") || v.equals("tgz") ? TAR_GZ : null;
        }
    }

    record Entry(String name, String mediaType, String description, byte[] bytes) {
    }

    private final String name;
    private final Instant createdAt;
    private final Map<String, Object> subject;
    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param name    the bundle's name, also its folder inside the archive
     * @param subject what it is evidence of: the alert, or the aircraft and window
     */
    EvidenceBundle(String name, Instant createdAt, Map<String, Object> subject) {
        this.name = name;
        this.createdAt = createdAt;
        this.subject = subject;
    }

    String name() {
        return name;
    }

    EvidenceBundle add(String file, String mediaType, String description, String text) {
        entries.add(new Entry(file, mediaType, description, text.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** The archive: the files, then {@code manifest.json}, {@code README.txt} and {@code SHA256SUMS}. */
    byte[] write(Format format, ObjectMapper json, List<DataVersion> data) {
        List<Entry> all = new ArrayList<>(entries);
        all.add(new Entry("manifest.json", "application/json", "this list", manifest(json, data)));
        all.add(new Entry("README.txt", "text/plain", "how to check this bundle", readme().getBytes(StandardCharsets.UTF_8)));
        StringBuilder sums = new StringBuilder();
        for (Entry e : all) {
            sums.append(DataVersion.sha256Hex(e.bytes())).append("  ").append(e.name()).append('\n');
        }
        all.add(new Entry("SHA256SUMS", "text/plain", "checksums", sums.toString().getBytes(StandardCharsets.UTF_8)));
        try {
            return format == Format.ZIP ? zip(all) : tarGz(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] manifest(ObjectMapper json, List<DataVersion> data) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("bundle", name);
        manifest.put("createdAt", createdAt.toString());
        manifest.put("generator", "DivertWatch");
        manifest.put("subject", subject);
        manifest.put("files", entries.stream().map(e -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", e.name());
            f.put("mediaType", e.mediaType());
            f.put("bytes", e.bytes().length);
            f.put("sha256", DataVersion.sha256Hex(e.bytes()));
            f.put("description", e.description());
            return f;
        }).toList());
        manifest.put("data", data);
        manifest.put("verify", "sha256sum -c SHA256SUMS (inside the " + name + " folder)");
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readme() {
        StringBuilder s = new StringBuilder();
        s.append("DivertWatch evidence bundle ").append(name).append(", created ").append(createdAt).append(".\n\n");
        for (Entry e : entries) {
            s.append(String.format("%-16s %s%n", e.name(), e.description()));
        }
        s.append(String.format("%-16s %s%n", "manifest.json", "every file with its SHA-256, and the airport list, "
                + "registers and watchlists in force"));
        s.append(String.format("%-16s %s%n", "SHA256SUMS", "checksums of all of the above"));
        s.append("\nTo check that nothing was changed: cd ").append(name).append(" && sha256sum -c SHA256SUMS\n");
        s.append("Times are UTC. \"time\" is when the feed says the position was measured; \"received_at\" is when\n"
                + "DivertWatch received it. The track KML opens in Google Earth; the GeoJSON in QGIS or geojson.io.\n");
        return s.toString();
    }

    private byte[] zip(List<Entry> all) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Entry e : all) {
                ZipEntry entry = new ZipEntry(name + "/" + e.name());
                entry.setLastModifiedTime(FileTime.from(createdAt));
                zip.putNextEntry(entry);
                zip.write(e.bytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private byte[] tarGz(List<Entry> all) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Entry e : all) {
                TarArchiveEntry entry = new TarArchiveEntry(name + "/" + e.name());
                entry.setSize(e.bytes().length);
                entry.setModTime(FileTime.from(createdAt));
                entry.setMode(0644);
                tar.putArchiveEntry(entry);
                tar.write(e.bytes());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }
}
