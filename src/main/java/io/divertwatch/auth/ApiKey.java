package io.divertwatch.auth;

import io.divertwatch.common.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** An API key, stored as the SHA-256 of the key: the key itself is shown once and never kept. */
@Entity
@Table(name = "api_key")
public class ApiKey extends IdentifiedEntity {

    public String name;
    public String role;
    @Column(name = "key_hash")
    public String keyHash;
    /** The key's first characters, so an admin can tell keys apart without seeing them. */
    public String prefix;
    @Column(name = "created_at")
    public Instant createdAt;
}
