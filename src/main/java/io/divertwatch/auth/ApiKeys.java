package io.divertwatch.auth;

import io.divertwatch.common.ApiException;
import io.divertwatch.common.Page;
import io.divertwatch.common.PageParams;
import io.divertwatch.common.Text;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * API keys: issued with 256 random bits, stored hashed, looked up by hash. A fast hash is enough
 * here (unlike for passwords): the keys are random, so there is nothing to guess from the hash.
 */
@ApplicationScoped
public class ApiKeys {

    static final String KEY_PREFIX = "dwk_";
    static final String BOOTSTRAP_NAME = "bootstrap admin";
    private static final int MAX_NAME_LENGTH = 100;

    private final SecureRandom random = new SecureRandom();
    private final AuthConfig config;

    ApiKeys(AuthConfig config) {
        this.config = config;
    }

    /** A new key and its stored form; the key is in {@link Issued#key()} only. */
    public record Issued(ApiKey entity, String key) {
    }

    @Transactional
    public Issued create(String name, String role) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest("name is required (1 to " + MAX_NAME_LENGTH + " characters)");
        }
        Text.requirePlain(name, "name");
        Role parsed = parseRole(role);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey entity = store(name.trim(), parsed, key);
        Log.infof("API key %d %s (%s) created", entity.id, Text.forLog(entity.name), entity.role);
        return new Issued(entity, key);
    }

    /** Keys by id, a page at a time. */
    public Page<ApiKey> page(PageParams page) {
        return Page.of(ApiKey.<ApiKey>find("id > ?1", Sort.by("id"), page.afterId()).range(0, page.limit()).list(),
                page.limit(), k -> String.valueOf(k.id));
    }

    public List<ApiKey> list() {
        return ApiKey.listAll(Sort.by("id"));
    }

    @Transactional
    public void delete(long id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw ApiException.notFound("no API key with id " + id);
        }
        if (Role.ADMIN.label().equals(key.role) && ApiKey.count("role", Role.ADMIN.label()) == 1) {
            throw new ApiException(409, "Conflict", "this is the last admin key; create another admin key first");
        }
        key.delete();
        Log.infof("API key %d %s deleted", id, Text.forLog(key.name));
    }

    /** The key's record, when the key is known. */
    @Transactional
    public Optional<ApiKey> find(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return ApiKey.find("keyHash", hash(key.trim())).firstResultOptional();
    }

    /**
     * The first admin key: the configured one (stored when new), or, when none is configured and no
     * admin key exists yet, a generated one printed once so that the zero-set-up run stays usable.
     * Replicas starting together may race to store the same configured key; the loser finds it stored.
     */
    void bootstrap(@Observes StartupEvent start) {
        Optional<String> configured = config.adminKey().map(String::trim).filter(k -> !k.isEmpty());
        try {
            QuarkusTransaction.requiringNew().run(() -> register(configured));
        } catch (RuntimeException e) {
            if (configured.isEmpty() || QuarkusTransaction.requiringNew()
                    .call(() -> ApiKey.count("keyHash", hash(configured.get())) == 0)) {
                throw e;
            }
            Log.info("The configured admin API key was registered by another replica");
        }
    }

    private void register(Optional<String> configured) {
        if (configured.isPresent()) {
            if (ApiKey.count("keyHash", hash(configured.get())) == 0) {
                store(BOOTSTRAP_NAME, Role.ADMIN, configured.get());
                Log.info("The configured admin API key (divertwatch.auth.admin-key) is registered");
            }
            return;
        }
        if (ApiKey.count("role", Role.ADMIN.label()) == 0) {
            Issued issued = create(BOOTSTRAP_NAME, Role.ADMIN.label());
            // The one time the key is visible: there is no other way in on a fresh installation.
            Log.warnf("No admin API key was configured; generated one, shown only now: %s "
                    + "(send it as 'Authorization: Bearer <key>'; set divertwatch.auth.admin-key to choose your own)",
                    issued.key());
        }
    }

    private static ApiKey store(String name, Role role, String key) {
        ApiKey entity = new ApiKey();
        entity.name = name;
        entity.role = role.label();
        entity.keyHash = hash(key);
        entity.prefix = key.substring(0, Math.min(8, key.length()));
        entity.createdAt = Instant.now();
        entity.persist();
        return entity;
    }

    static Role parseRole(String role) {
        if (role == null) {
            throw ApiException.badRequest("role is required: viewer, editor or admin");
        }
        try {
            return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("role must be viewer, editor or admin, not '" + role + "'");
        }
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
