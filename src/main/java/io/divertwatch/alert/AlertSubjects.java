package io.divertwatch.alert;

/** Tells who an alert is about: implemented where watches and registers are known. */
public interface AlertSubjects {

    AlertSubject describe(String icao24, Long watchId);
}
