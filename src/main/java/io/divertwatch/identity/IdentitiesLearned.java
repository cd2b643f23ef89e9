package io.divertwatch.identity;

/** A feed reported a registration or type that a watch names, for an address not known with it before. */
public record IdentitiesLearned() {
}
