package io.divertwatch.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request body type whose unknown fields are a 400 rather than ignored: a misplaced or misspelt field
 * ({@code "origin"} beside {@code "route"}, {@code "corridor_km"}) would otherwise make a watch that
 * does not do what its client meant, and say nothing. Fields a response carries and the server sets
 * (an id, timestamps) are listed in {@code @JsonIgnoreProperties} on the type, so that what a GET
 * answered can be sent back.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RejectsUnknownFields {
}
