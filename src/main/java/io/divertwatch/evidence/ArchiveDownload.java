package io.divertwatch.evidence;

import jakarta.ws.rs.core.Response;

/** An archive as an HTTP download. */
final class ArchiveDownload {

    private ArchiveDownload() {
    }

    static Response attachment(EvidenceService.Archive archive) {
        return Response.ok(archive.bytes(), archive.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
