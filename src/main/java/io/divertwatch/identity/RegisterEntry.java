package io.divertwatch.identity;

/**
 * What one register says of one airframe. Every field but the address may be null.
 *
 * @param register     the register that says it (its configured name)
 * @param icao24       the 24-bit address, six lowercase hex digits
 * @param typeCode     the ICAO type designator ("IL76")
 * @param typeName     the type as the register describes it ("Ilyushin IL-76TD")
 * @param serialNumber the manufacturer's serial number (MSN)
 */
public record RegisterEntry(String register, String icao24, String registration, String typeCode, String typeName,
        String manufacturer, String serialNumber, String operator, String operatorIcao) {
}
