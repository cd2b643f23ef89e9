package io.divertwatch.auth;

import java.util.Locale;
import java.util.Set;

/** What a key may do; each role includes the ones below it. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    public static final String VIEWER_NAME = "viewer";
    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    /** The role names a key of this role holds. */
    public Set<String> grants() {
        return switch (this) {
            case VIEWER -> Set.of(VIEWER_NAME);
            case EDITOR -> Set.of(VIEWER_NAME, EDITOR_NAME);
            case ADMIN -> Set.of(VIEWER_NAME, EDITOR_NAME, ADMIN_NAME);
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
