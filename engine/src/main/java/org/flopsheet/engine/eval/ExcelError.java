package org.flopsheet.engine.eval;

/**
 * Excel's error values. Inside the evaluator an error travels as a double: a NaN whose payload
 * names the error, so the hot loop never allocates. A NaN without a payload (0*inf, sqrt(-1))
 * reads as #NUM!, which is what Excel shows for an impossible number.
 */
public enum ExcelError {
    DIV0("#DIV/0!"), NUM("#NUM!"), VALUE("#VALUE!"), NAME("#NAME?"), NA("#N/A"), REF("#REF!"), NULL("#NULL!"), CALC("#CALC!");

    private static final long NAN_BITS = 0x7ff8_0000_0000_0000L;
    private static final long PAYLOAD_BASE = 0x100;

    public final String text;
    private final double encoded;

    ExcelError(String text) {
        this.text = text;
        this.encoded = Double.longBitsToDouble(NAN_BITS | (PAYLOAD_BASE + ordinal()));
    }

    /** This error as a double that flows through formulas. */
    public double asDouble() { return encoded; }

    /** The error a NaN stands for (#NUM! for a NaN that carries no error). */
    public static ExcelError of(double nan) {
        long payload = (Double.doubleToRawLongBits(nan) & 0xFFFF_FFFFL) - PAYLOAD_BASE;
        return payload >= 0 && payload < values().length ? values()[(int) payload] : NUM;
    }

    /** The error spelled {@code text} (#DIV/0!, #NUM!, ...), or null. */
    public static ExcelError fromText(String text) {
        for (ExcelError e : values()) if (e.text.equalsIgnoreCase(text.trim())) return e;
        return null;
    }
}
