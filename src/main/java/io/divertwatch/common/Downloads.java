package io.divertwatch.common;

import io.quarkus.logging.Log;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Reference files (airports, aircraft registers) downloaded into a local cache: only a download that
 * reads well replaces the cached copy, so a truncated or garbled one never poisons the next start.
 */
public final class Downloads {

    private Downloads() {
    }

    public static boolean isUrl(String source) {
        return source.startsWith("http://") || source.startsWith("https://");
    }

    /**
     * Downloads {@code url} next to {@code cache} and moves it there if {@code accept} reads it well;
     * {@code what} names the data in log lines. Returns whether the cache was replaced.
     */
    public static boolean refresh(String url, Path cache, Duration timeout, String what, Predicate<Path> accept) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("User-Agent", "DivertWatch " + what + " import").GET().build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                Log.warnf("%s: download of %s answered HTTP %d; keeping what is loaded", what, url,
                        response.statusCode());
                response.body().close();
                return false;
            }
            Files.createDirectories(cache.toAbsolutePath().getParent());
            Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
            try (InputStream body = response.body()) {
                Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            if (accept.test(partial)) {
                Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            Files.deleteIfExists(partial);
        } catch (IOException | IllegalArgumentException e) {
            Log.warnf("%s: could not download %s (%s); keeping what is loaded", what, url, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
