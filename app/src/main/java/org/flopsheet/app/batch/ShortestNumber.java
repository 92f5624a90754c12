package org.flopsheet.app.batch;

/**
 * The text of {@code NumberText.shortest} (3E+25, 0.1, 4.714045207910317E+11, 20) appended straight
 * to a StringBuilder, without the intermediate strings: Double.toString already gives the shortest
 * digits that read back to the same double (JDK 19+); only its spelling is adjusted.
 */
public final class ShortestNumber {
    private ShortestNumber() {}

    public static void append(StringBuilder out, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.append((long) v);
            return;
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        int mantissaEnd = e < 0 ? s.length() : e;
        if (s.charAt(mantissaEnd - 1) == '0' && s.charAt(mantissaEnd - 2) == '.') mantissaEnd -= 2;
        out.append(s, 0, mantissaEnd);
        if (e < 0) return;
        out.append('E');
        if (s.charAt(e + 1) != '-') out.append('+');
        out.append(s, e + 1, s.length());
    }
}
