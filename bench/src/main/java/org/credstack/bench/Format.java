package org.credstack.bench;

import java.util.Locale;

/** Number formatting shared by the reports (always {@link Locale#ROOT}: a dot as decimal separator). */
final class Format {

    private Format() {
    }

    /** Integer-valued numbers without decimals, others with up to 3. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
