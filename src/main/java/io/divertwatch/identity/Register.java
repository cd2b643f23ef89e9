package io.divertwatch.identity;

import io.divertwatch.track.Icao24;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * One aircraft register (a database mapping 24-bit addresses to registrations, types, operators and
 * serial numbers), held column by column: half a million rows as arrays and shared strings rather than
 * objects, with row orders sorted by address, registration and serial number for binary search.
 * Immutable once built; a refresh builds a new one.
 */
public final class Register {

    private final String name;
    private final int[] address;
    private final String[] registration;
    private final String[] typeCode;
    private final String[] typeName;
    private final String[] manufacturer;
    private final String[] serial;
    private final String[] operator;
    private final String[] operatorIcao;
    private final int[] byAddress;
    private final int[] byRegistration;
    private final int[] bySerial;

    private Register(Builder b) {
        this.name = b.name;
        int n = b.size;
        this.address = Arrays.copyOf(b.address, n);
        this.registration = Arrays.copyOf(b.registration, n);
        this.typeCode = Arrays.copyOf(b.typeCode, n);
        this.typeName = Arrays.copyOf(b.typeName, n);
        this.manufacturer = Arrays.copyOf(b.manufacturer, n);
        this.serial = Arrays.copyOf(b.serial, n);
        this.operator = Arrays.copyOf(b.operator, n);
        this.operatorIcao = Arrays.copyOf(b.operatorIcao, n);
        this.byAddress = orderByAddress(address);
        this.byRegistration = orderByKey(registration);
        this.bySerial = orderByKey(serial);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The name answers carry: which register said it. */
    public String name() {
        return name;
    }

    public int size() {
        return address.length;
    }

    public RegisterEntry entry(int row) {
        return new RegisterEntry(name, icao24(row), registration[row], typeCode[row], typeName[row],
                manufacturer[row], serial[row], operator[row], operatorIcao[row]);
    }

    /** What this register says of an address (usually one row, none when it does not know it). */
    public List<RegisterEntry> byAddress(String icao24) {
        String parsed = Icao24.parse(icao24);
        int key = parsed == null ? Icao24.NO_ADDRESS : Icao24.address(parsed);
        if (key == Icao24.NO_ADDRESS) {
            return List.of();
        }
        long wanted = key & 0xffffffffL;
        int lo = 0;
        int hi = byAddress.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((address[byAddress[mid]] & 0xffffffffL) < wanted) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<RegisterEntry> out = new ArrayList<>(1);
        for (int i = lo; i < byAddress.length && address[byAddress[i]] == key; i++) {
            out.add(entry(byAddress[i]));
        }
        return out;
    }

    /** Rows whose registration is {@code registration}, case and punctuation ignored. */
    public List<RegisterEntry> byRegistration(String registration) {
        return byKey(byRegistration, this.registration, Identifiers.key(registration));
    }

    /** Rows whose manufacturer's serial number is {@code serial}, case and punctuation ignored. */
    public List<RegisterEntry> bySerial(String serial) {
        return byKey(bySerial, this.serial, Identifiers.key(serial));
    }

    /** Every row the test accepts, in the register's order: for types and operators, which match many. */
    public List<RegisterEntry> matching(Predicate<RegisterEntry> test) {
        List<RegisterEntry> out = new ArrayList<>();
        for (int row = 0; row < address.length; row++) {
            RegisterEntry e = entry(row);
            if (test.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private List<RegisterEntry> byKey(int[] order, String[] column, String wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Identifiers.key(column[order[mid]]).compareTo(wanted) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<RegisterEntry> out = new ArrayList<>(1);
        for (int i = lo; i < order.length && Identifiers.key(column[order[i]]).equals(wanted); i++) {
            out.add(entry(order[i]));
        }
        return out;
    }

    private String icao24(int row) {
        int a = address[row];
        String hex = String.format("%06x", a & 0xffffff);
        return (a & (1 << 24)) != 0 ? "~" + hex : hex;
    }

    private static int[] orderByAddress(int[] address) {
        long[] keyed = new long[address.length];
        for (int i = 0; i < address.length; i++) {
            keyed[i] = (address[i] & 0xffffffffL) << 32 | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[address.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /** Row indices with a value, sorted by the value's key; rows without one are left out. */
    private static int[] orderByKey(String[] column) {
        String[] keys = new String[column.length];
        for (int i = 0; i < column.length; i++) {
            keys[i] = column[i] == null ? "" : Identifiers.key(column[i]);
        }
        return IntStream.range(0, column.length).filter(i -> !keys[i].isEmpty()).boxed()
                .sorted(Comparator.comparing(i -> keys[i])).mapToInt(Integer::intValue).toArray();
    }

    /** Rows in any order; strings that repeat (types, manufacturers, operators) are shared. */
    public static final class Builder {

        private final String name;
        private final Map<String, String> shared = new HashMap<>();
        private int size;
        private int[] address = new int[1024];
        private String[] registration = new String[1024];
        private String[] typeCode = new String[1024];
        private String[] typeName = new String[1024];
        private String[] manufacturer = new String[1024];
        private String[] serial = new String[1024];
        private String[] operator = new String[1024];
        private String[] operatorIcao = new String[1024];

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a row; false (and nothing added) when {@code icao24} is no address. */
        public boolean add(String icao24, String registration, String typeCode, String typeName,
                String manufacturer, String serial, String operator, String operatorIcao) {
            String parsed = Icao24.parse(icao24);
            if (parsed == null) {
                return false;
            }
            if (size == address.length) {
                grow();
            }
            address[size] = Icao24.address(parsed);
            this.registration[size] = blankToNull(registration);
            this.typeCode[size] = share(typeCode == null ? null : typeCode.trim().toUpperCase(java.util.Locale.ROOT));
            this.typeName[size] = share(typeName);
            this.manufacturer[size] = share(manufacturer);
            this.serial[size] = blankToNull(serial);
            this.operator[size] = share(operator);
            this.operatorIcao[size] = share(operatorIcao);
            size++;
            return true;
        }

        public Register build() {
            return new Register(this);
        }

        private String share(String value) {
            String v = blankToNull(value);
            return v == null ? null : shared.computeIfAbsent(v, k -> k);
        }

        private static String blankToNull(String value) {
            if (value == null) {
                return null;
            }
            String v = value.trim();
            return v.isEmpty() ? null : v;
        }

        private void grow() {
            int n = address.length * 2;
            address = Arrays.copyOf(address, n);
            registration = Arrays.copyOf(registration, n);
            typeCode = Arrays.copyOf(typeCode, n);
            typeName = Arrays.copyOf(typeName, n);
            manufacturer = Arrays.copyOf(manufacturer, n);
            serial = Arrays.copyOf(serial, n);
            operator = Arrays.copyOf(operator, n);
            operatorIcao = Arrays.copyOf(operatorIcao, n);
        }
    }
}
