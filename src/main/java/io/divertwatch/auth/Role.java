package io.divertwatch.auth;

import java.util.Locale;
import java.util.Set;

/** What a key may do; each role includes the ones below it. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    public static final String VIEWER_NAME = "viewer";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";
    /**
     * Held by every API key, whatever its role, and never by an anonymous reader: for what must not
     * be open even when reads are (webhook subscriptions, whose URLs are often credentials).
     */
    public static final String KEY_HOLDER_NAME = "key-holder";

    /** The role names a key of this role holds. */
    public Set<String> grants() {
        return switch (this) {
            case VIEWER -> Set.of(KEY_HOLDER_NAME, VIEWER_NAME);
            case EDITOR -> Set.of(KEY_HOLDER_NAME, VIEWER_NAME, EDITOR_NAME);
            case ADMIN -> Set.of(KEY_HOLDER_NAME, VIEWER_NAME, EDITOR_NAME, ADMIN_NAME);
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
