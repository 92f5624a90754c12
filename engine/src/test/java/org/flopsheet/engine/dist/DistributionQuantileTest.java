package org.flopsheet.engine.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.flopsheet.engine.TestSheets;
import org.flopsheet.engine.compile.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each distribution's quantiles against an independent inverse CDF (Apache Commons Math, or a closed form). */
class DistributionQuantileTest {

    static Distribution of(String written) {
        Sheet sheet = TestSheets.compile("input x = " + written + "\n");
        return sheet.uncertainty().input("x").distribution();
    }

    @ParameterizedTest(name = "{0} at p={1}")
    @CsvSource(delimiter = '|', textBlock = """
        # as written                   | p       | oracle
        normal(10, 2)                  | 0.5     | normal 10 2
        normal(10, 2)                  | 0.001   | normal 10 2
        normal(10, 2)                  | 0.975   | normal 10 2
        normal(-3e20, 1e19)            | 0.2     | normal -3e20 1e19
        normal(0, 1)                   | 0.999999| normal 0 1
        lognormal(2, 0.5)              | 0.05    | lognormal 2 0.5
        lognormal(2, 0.5)              | 0.5     | lognormal 2 0.5
        lognormal(60, 3)               | 0.99    | lognormal 60 3
        uniform(3, 7)                  | 0.25    | uniform 3 7
        uniform(-1, 1)                 | 0.9     | uniform -1 1
        triangular(0, 2, 10)           | 0.1     | triangular 0 2 10
        triangular(0, 2, 10)           | 0.2     | triangular 0 2 10
        triangular(0, 2, 10)           | 0.7     | triangular 0 2 10
        triangular(1, 1, 4)            | 0.5     | triangular 1 1 4
        """)
    void quantileMatchesInverseCdf(String written, double p, String oracle) {
        String[] o = oracle.split(" ");
        double a = Double.parseDouble(o[1]), b = Double.parseDouble(o[2]);
        RealDistribution expected = switch (o[0]) {
            case "normal" -> new NormalDistribution(null, a, b, 1e-15);
            case "lognormal" -> new LogNormalDistribution(null, a, b, 1e-15);
            case "uniform" -> new UniformRealDistribution(null, a, b);
            case "triangular" -> new TriangularDistribution(null, a, b, Double.parseDouble(o[3]));
            default -> throw new IllegalArgumentException(oracle);
        };
        Distribution d = of(written);
        double want = expected.inverseCumulativeProbability(p);
        assertEquals(want, d.quantile(p), Math.abs(want) * 1e-12 + 1e-13, written);
        assertEquals(p, d.cdf(d.quantile(p)), 1e-13, written + " cdf of the quantile");
    }

    /** The standard normal's quantile deep in the tails, where Commons Math's erfInv is not accurate enough (reference values from R's qnorm). */
    @ParameterizedTest(name = "qnorm({0})")
    @CsvSource(textBlock = """
        1e-12,  -7.034483825301132
        1e-9,   -5.997807015007686
        0.05,   -1.6448536269514729
        0.975,   1.959963984540054
        0.995,   2.5758293035489004
        """)
    void standardNormalTails(double p, double z) {
        assertEquals(z, StandardNormal.quantile(p), Math.abs(z) * 2e-15);
        assertEquals(p, StandardNormal.cdf(z), p * 1e-13);
    }

    /** Squiggle's {@code a to b}: a and b are the 5th and 95th percentiles; lognormal when both are positive. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # as written       | 5th     | 95th   | lognormal
        1e25 to 1e27       | 1e25    | 1e27   | true
        1 to 10            | 1       | 10     | true
        0.001 to 0.002     | 0.001   | 0.002  | true
        -1 to 1            | -1      | 1      | false
        0 to 50            | 0       | 50     | false
        -20 to -10         | -20     | -10    | false
        """)
    void rangeIsANinetyPercentInterval(String written, double p5, double p95, boolean lognormal) {
        Distribution d = of(written);
        assertEquals(p5, d.quantile(0.05), Math.abs(p5) * 1e-13 + 1e-13);
        assertEquals(p95, d.quantile(0.95), Math.abs(p95) * 1e-13 + 1e-13);
        assertEquals(lognormal, d instanceof Distribution.Lognormal, d.text());
        if (lognormal) assertEquals(Math.sqrt(p5 * p95), d.median(), p95 * 1e-13, "a lognormal range's median is the geometric mean");
    }

    /** PERT and beta against closed forms of their CDFs: pert(0, 0.5, 1) is beta(3, 3), F = 10x^3 - 15x^4 + 6x^5. */
    @ParameterizedTest(name = "{0} at p={1}")
    @CsvSource(delimiter = '|', textBlock = """
        # as written            | p     | cdf as a closed form of x
        pert(0, 0.5, 1)         | 0.1   | beta33
        pert(0, 0.5, 1)         | 0.5   | beta33
        pert(0, 0.5, 1)         | 0.93  | beta33
        pert(10, 15, 20)        | 0.3   | beta33 on 10..20
        beta(2, 1)              | 0.36  | x^2
        beta(1, 2)              | 0.19  | 1-(1-x)^2
        beta(1, 1)              | 0.42  | x
        """)
    void betaFamilyMatchesClosedForms(String written, double p, String form) {
        Distribution d = of(written);
        double x = d.quantile(p);
        double cdf = switch (form) {
            case "beta33" -> 10 * Math.pow(x, 3) - 15 * Math.pow(x, 4) + 6 * Math.pow(x, 5);
            case "beta33 on 10..20" -> { double y = (x - 10) / 10; yield 10 * Math.pow(y, 3) - 15 * Math.pow(y, 4) + 6 * Math.pow(y, 5); }
            case "x^2" -> x * x;
            case "1-(1-x)^2" -> 1 - (1 - x) * (1 - x);
            case "x" -> x;
            default -> throw new IllegalArgumentException(form);
        };
        assertEquals(p, cdf, 1e-12, written + " quantile " + x);
    }

    /** Mixtures and truncation, against what they are by definition. */
    @ParameterizedTest(name = "{0} at p={1}")
    @CsvSource(delimiter = '|', textBlock = """
        # as written                                        | p    | quantile
        mixture(1, uniform(0, 1), 1, uniform(10, 11))       | 0.25 | 0.5
        mixture(1, uniform(0, 1), 1, uniform(10, 11))       | 0.75 | 10.5
        mixture(3, uniform(0, 1), 1, uniform(10, 11))       | 0.5  | 0.6666666666666666
        truncate(uniform(0, 10), 2, 4)                      | 0.5  | 3
        truncate(normal(0, 1), 0, 100)                      | 0.5  | 0.6744897501960817
        truncate(1 to 100, 1, 100)                          | 0.5  | 10
        """)
    void mixtureAndTruncation(String written, double p, double quantile) {
        Distribution d = of(written);
        assertEquals(quantile, d.quantile(p), 1e-9, d.text());
        assertEquals(p, d.cdf(d.quantile(p)), 1e-12);
    }

    /** Units apply to distributions as to numbers: the unit of the bounds, or the declared one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # definition                          | unit   | 5th percentile in that unit
        2 month to 8 month                    | month  | 2
        1 GB to 4 GB                          | GB     | 1
        1 GB to 4 GB byte                     | byte   | 1e9
        1 to 4 GB                             | GB     | 1
        normal(10, 500 ms) s                  | s      | 9.177573186524263
        uniform(1 h, 2 h) s                   | s      | 3780
        """)
    void unitsApply(String definition, String unit, double p5) {
        Sheet sheet = TestSheets.compile("input x = " + definition + "\n");
        assertEquals(unit, sheet.quantity("x").unitText());
        assertEquals(p5, sheet.uncertainty().input("x").distribution().quantile(0.05), Math.abs(p5) * 1e-9);
    }
}
