package io.divertwatch.ais;

/** A sentence or payload that is not AIS as the standard writes it; the message says what is wrong. */
public class AisFormatException extends Exception {

    public AisFormatException(String message) {
        super(message, null, false, false);
    }
}
