package org.credstack.bench;

import java.util.ArrayList;
import java.util.List;

/** Set of HTTP status codes counted as success: {@code 200,201}, {@code 2xx}, {@code 200-299}. */
public final class ExpectedStatus {

    /** Any 2xx. */
    public static final ExpectedStatus SUCCESS = new ExpectedStatus(List.of(new int[]{200, 299}), "2xx");

    private final List<int[]> ranges;
    private final String spec;

    private ExpectedStatus(List<int[]> ranges, String spec) {
        this.ranges = ranges;
        this.spec = spec;
    }

    /** Parses a comma-separated list of codes, {@code Nxx} classes and {@code a-b} ranges. */
    public static ExpectedStatus parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("expected status list is empty");
        }
        List<int[]> ranges = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String item = raw.trim().toLowerCase(java.util.Locale.ROOT);
            try {
                if (item.matches("[1-5]xx")) {
                    int base = (item.charAt(0) - '0') * 100;
                    ranges.add(new int[]{base, base + 99});
                } else if (item.matches("\\d{3}-\\d{3}")) {
                    int a = Integer.parseInt(item.substring(0, 3));
                    int b = Integer.parseInt(item.substring(4));
                    if (a > b) {
                        throw new IllegalArgumentException();
                    }
                    ranges.add(new int[]{check(a), check(b)});
                } else {
                    int code = check(Integer.parseInt(item));
                    ranges.add(new int[]{code, code});
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad expected status '" + raw.trim()
                        + "' (use codes like 200,201, classes like 2xx, or ranges like 200-299)");
            }
        }
        return new ExpectedStatus(List.copyOf(ranges), spec.trim());
    }

    private static int check(int code) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException();
        }
        return code;
    }

    public boolean matches(int status) {
        for (int[] r : ranges) {
            if (status >= r[0] && status <= r[1]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return spec;
    }
}
