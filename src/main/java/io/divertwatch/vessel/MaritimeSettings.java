package io.divertwatch.vessel;

import io.divertwatch.sea.MaritimeConfig;
import io.smallrye.config.ConfigMapping;

import java.util.OptionalDouble;

/**
 * Overrides of the maritime thresholds for one deployment ({@code divertwatch.maritime.detection.*}).
 * Every key is optional: an unset one keeps the default of {@link MaritimeConfig.Builder}, the one
 * place defaults are written, which docs/maritime.md lists and explains.
 */
@ConfigMapping(prefix = "divertwatch.maritime.detection")
public interface MaritimeSettings {

    OptionalDouble stopBelowKn();

    OptionalDouble moveAboveKn();

    OptionalDouble minStopMinutes();

    OptionalDouble portSilenceMinutes();

    OptionalDouble leaveKm();

    OptionalDouble gapHours();

    OptionalDouble nearWatchedKm();

    OptionalDouble undeclaredMinHours();

    OptionalDouble maxSpeedKn();

    OptionalDouble cruiseSpeedKn();

    OptionalDouble minStayHours();

    OptionalDouble typicalStayHours();

    OptionalDouble implausibleSpeedKn();

    OptionalDouble encounterKm();

    OptionalDouble encounterMaxKn();

    OptionalDouble encounterHours();

    OptionalDouble awayFromPortKm();

    OptionalDouble loiterMaxKn();

    OptionalDouble loiterHours();

    OptionalDouble destinationOffHours();

    default MaritimeConfig toConfig() {
        MaritimeConfig.Builder b = MaritimeConfig.builder();
        stopBelowKn().ifPresent(b::stopBelowKn);
        moveAboveKn().ifPresent(b::moveAboveKn);
        minStopMinutes().ifPresent(b::minStopMinutes);
        portSilenceMinutes().ifPresent(b::portSilenceMinutes);
        leaveKm().ifPresent(b::leaveKm);
        gapHours().ifPresent(b::gapHours);
        nearWatchedKm().ifPresent(b::nearWatchedKm);
        undeclaredMinHours().ifPresent(b::undeclaredMinHours);
        maxSpeedKn().ifPresent(b::maxSpeedKn);
        cruiseSpeedKn().ifPresent(b::cruiseSpeedKn);
        minStayHours().ifPresent(b::minStayHours);
        typicalStayHours().ifPresent(b::typicalStayHours);
        implausibleSpeedKn().ifPresent(b::implausibleSpeedKn);
        encounterKm().ifPresent(b::encounterKm);
        encounterMaxKn().ifPresent(b::encounterMaxKn);
        encounterHours().ifPresent(b::encounterHours);
        awayFromPortKm().ifPresent(b::awayFromPortKm);
        loiterMaxKn().ifPresent(b::loiterMaxKn);
        loiterHours().ifPresent(b::loiterHours);
        destinationOffHours().ifPresent(b::destinationOffHours);
        return b.build();
    }
}
