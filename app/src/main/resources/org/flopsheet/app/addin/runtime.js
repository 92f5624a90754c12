  // Excel semantics on JavaScript numbers, mirroring the Java engine (NodeCompiler, ExcelMath,
  // eval/functions): an error is its Excel text ("#DIV/0!"), it flows through every formula that
  // uses it, and the leftmost error wins.
  var DIV0 = "#DIV/0!", NUM = "#NUM!", VALUE = "#VALUE!", NA = "#N/A";

  function isErr(v) { return typeof v === "string"; }
  function checked(v) { return isFinite(v) ? v : NUM; }
  function firstError(args) {
    for (var i = 0; i < args.length; i++) if (isErr(args[i])) return args[i];
    return null;
  }

  function neg(a) { return isErr(a) ? a : -a; }
  function add(a, b) { return isErr(a) ? a : isErr(b) ? b : checked(a + b); }
  function sub(a, b) { return isErr(a) ? a : isErr(b) ? b : checked(a - b); }
  function mul(a, b) { return isErr(a) ? a : isErr(b) ? b : checked(a * b); }
  function div(a, b) { return isErr(a) ? a : isErr(b) ? b : b === 0 ? DIV0 : checked(a / b); }
  function convert(a, numerator, denominator) {
    if (isErr(a)) return a;
    return denominator === 1 ? checked(a * numerator) : checked(a * numerator / denominator);
  }
  function power(x, y) {
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    if (x === 0) {
      if (y === 0) return NUM;
      if (y < 0) return DIV0;
    }
    if (x < 0 && y !== Math.round(y)) return NUM;
    return checked(Math.pow(x, y));
  }
  // Excel compares at about 15 significant digits: equal when within 2^-48 of each (ExcelMath.approxEqual).
  function approxEqual(a, b) {
    if (a === b) return true;
    if (a === 0 || b === 0) return false;
    var d = Math.abs(a - b);
    return d < Math.abs(a) * Math.pow(2, -48) && d < Math.abs(b) * Math.pow(2, -48);
  }
  function compare(a, b, test) {
    if (isErr(a)) return a;
    if (isErr(b)) return b;
    return test(approxEqual(a, b) ? 0 : a < b ? -1 : 1) ? 1 : 0;
  }
  // A formula's last + or -: opposite numbers that cancel to within Excel's precision give 0 (ExcelMath.finalSum).
  function finalSum(a, b) {
    var s = a + b;
    return s !== 0 && (a < 0) !== (b < 0) && approxEqual(a, -b) ? 0 : s;
  }
  function addFinal(a, b) { return isErr(a) ? a : isErr(b) ? b : checked(finalSum(a, b)); }
  function subFinal(a, b) { return isErr(a) ? a : isErr(b) ? b : checked(finalSum(a, -b)); }
  function mixedKinds(a, b, result) { return isErr(a) ? a : isErr(b) ? b : result; }
  function eq(a, b) { return compare(a, b, function (c) { return c === 0; }); }
  function ne(a, b) { return compare(a, b, function (c) { return c !== 0; }); }
  function lt(a, b) { return compare(a, b, function (c) { return c < 0; }); }
  function le(a, b) { return compare(a, b, function (c) { return c <= 0; }); }
  function gt(a, b) { return compare(a, b, function (c) { return c > 0; }); }
  function ge(a, b) { return compare(a, b, function (c) { return c >= 0; }); }

  // A function of the table below: arguments whose kind letter is "N" pass an error straight through
  // (the leftmost wins), "A" ones reach the body as they are; the last letter repeats. An infinite
  // or NaN result is #NUM!.
  function guard(kinds, body) {
    return function () {
      for (var i = 0; i < arguments.length; i++) {
        if (kinds.charAt(Math.min(i, kinds.length - 1)) === "N" && isErr(arguments[i])) return arguments[i];
      }
      var r = body.apply(null, arguments);
      return typeof r === "number" && !isFinite(r) ? NUM : r;
    };
  }
  function sum(args) {
    var s = 0;
    for (var i = 0; i < args.length; i++) s += args[i];
    return s;
  }

  // ROUND, ROUNDUP, ROUNDDOWN as Excel: the number is first rounded to the 15 significant digits
  // it displays (half to even on its exact binary value), then to the digits asked for. Exact
  // decimal arithmetic on BigInt, so the result is the double nearest to the rounded decimal.
  function exactDecimal(x) {
    var view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    var bits = view.getBigUint64(0);
    var exponent = Number((bits >> 52n) & 0x7ffn);
    var mantissa = bits & 0xfffffffffffffn;
    if (exponent === 0) exponent = 1; else mantissa |= 0x10000000000000n;
    var e = exponent - 1075;
    if (e >= 0) return { digits: mantissa << BigInt(e), scale: 0 };
    return { digits: mantissa * 5n ** BigInt(-e), scale: -e };
  }
  function dropDigits(digits, drop, mode) {
    if (drop <= 0) return digits * 10n ** BigInt(-drop);
    var unit = 10n ** BigInt(drop);
    var q = digits / unit, r = digits % unit;
    if (mode === "HALF_EVEN" ? (2n * r > unit || (2n * r === unit && q % 2n === 1n))
        : mode === "HALF_UP" ? 2n * r >= unit
        : mode === "UP" ? r > 0n
        : false) q += 1n;
    return q;
  }
  // x as Excel shows it, at 15 significant digits (ExcelMath.shown), and INT, CEILING, TRUNC of that.
  function shown(x) {
    if (x === 0 || !isFinite(x)) return x;
    var exact = exactDecimal(Math.abs(x));
    var digits = exact.digits, scale = exact.scale;
    var extra = digits.toString().length - 15;
    if (extra > 0) {
      digits = dropDigits(digits, extra, "HALF_EVEN");
      scale -= extra;
    }
    var v = Number(digits + "e" + (-scale));
    return x < 0 ? -v : v;
  }
  function nearInteger(x) {
    var f = Math.floor(x);
    return Math.min(x - f, f + 1 - x) <= 1e-14 * Math.abs(x);
  }
  function floor15(x) { return Math.floor(nearInteger(x) ? shown(x) : x); }
  function ceil15(x) { return Math.ceil(nearInteger(x) ? shown(x) : x); }
  function trunc15(x) { return x < 0 ? -floor15(-x) : floor15(x); }
  function gcd(a, b) {
    while (b !== 0) { var t = a % b; a = b; b = t; }
    return a;
  }
  // Lists for the statistics functions: the first count numbers ascending, variances, percentiles.
  function sorted(xs, count) { return xs.slice(0, count).sort(function (a, b) { return a - b; }); }
  function variance(xs, sample) {
    var n = xs.length;
    if (n < (sample ? 2 : 1)) return DIV0;
    var mean = 0, squares = 0, i;
    for (i = 0; i < n; i++) mean += xs[i];
    mean /= n;
    for (i = 0; i < n; i++) squares += (xs[i] - mean) * (xs[i] - mean);
    return squares / (sample ? n - 1 : n);
  }
  function interpolate(s, h) {
    var low = Math.floor(h);
    if (low >= s.length - 1) return s[s.length - 1];
    return s[low] + (h - low) * (s[low + 1] - s[low]);
  }
  function percentileInc(s, k) {
    var n = s.length;
    return n < 1 || k < 0 || k > 1 ? NUM : interpolate(s, (n - 1) * k);
  }
  function percentileExc(s, k) {
    var n = s.length;
    if (n < 1 || k <= 0 || k >= 1) return NUM;
    var h = (n + 1) * k - 1;
    return h < 0 || h > n - 1 ? NUM : interpolate(s, h);
  }
  function mod(x, y) { return y === 0 ? DIV0 : x - y * floor15(x / y); }

  function rounding(mode) {
    return function (x, digits) {
      if (isErr(x)) return x;
      if (isErr(digits)) return digits;
      if (x === 0) return 0;
      var d = Math.max(-400, Math.min(400, digits < 0 ? Math.ceil(digits) : Math.floor(digits)));
      var exact = exactDecimal(Math.abs(x));
      var shown = exact.digits, scale = exact.scale;
      var extra = shown.toString().length - 15;
      if (extra > 0) {
        shown = dropDigits(shown, extra, "HALF_EVEN");
        scale -= extra;
      }
      var q = d >= scale ? shown : dropDigits(shown, scale - d, mode);
      if (q === 0n) return 0;
      var v = Number(q + "e" + (d >= scale ? -scale : -d));
      return checked(x < 0 ? -v : v);
    };
  }

  // The kernels of the distributions, operation for operation as the Java engine's SpecialFunctions.
  var LANCZOS = [57.1562356658629235, -59.5979603554754912, 14.1360979747417471,
    -0.491913816097620199, .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4,
    .158088703224912494e-3, -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3,
    .844182239838527433e-4, -.261908384015814087e-4, .368991826595316234e-5];
  var EPSILON = 1e-16, TINY = 1e-300, ITERATIONS = 5000;
  function logGamma(x) {
    var y = x, tmp = x + 5.24218750000000000;
    tmp = (x + 0.5) * Math.log(tmp) - tmp;
    var ser = 0.999999999999997092;
    for (var j = 0; j < LANCZOS.length; j++) ser += LANCZOS[j] / ++y;
    return tmp + Math.log(2.5066282746310005 * ser / x);
  }
  function gammaSeries(a, x) {
    var ap = a, sum = 1 / a, del = sum;
    for (var n = 0; ; n++) {
      if (n === ITERATIONS) return NaN;
      ap++;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPSILON) break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
  }
  function gammaFraction(a, x) {
    var b = x + 1 - a, c = 1 / TINY, d = 1 / b, h = d;
    for (var i = 1; ; i++) {
      if (i === ITERATIONS) return NaN;
      var an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < TINY) d = TINY;
      c = b + an / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      var del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPSILON) break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
  }
  function gammaP(a, x) { return x <= 0 ? 0 : x < a + 1 ? gammaSeries(a, x) : 1 - gammaFraction(a, x); }
  function gammaQ(a, x) { return x <= 0 ? 1 : x < a + 1 ? 1 - gammaSeries(a, x) : gammaFraction(a, x); }
  function betaFraction(a, b, x) {
    var qab = a + b, qap = a + 1, qam = a - 1, c = 1, d = 1 - qab * x / qap;
    if (Math.abs(d) < TINY) d = TINY;
    d = 1 / d;
    var h = d;
    for (var m = 1; ; m++) {
      if (m === ITERATIONS) return NaN;
      var m2 = 2 * m;
      var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) d = TINY;
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < TINY) d = TINY;
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      var del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPSILON) break;
    }
    return h;
  }
  function betaI(a, b, x) {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    var front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    if (x < (a + 1) / (a + b + 2)) return front * betaFraction(a, b, x) / a;
    return 1 - front * betaFraction(b, a, 1 - x) / b;
  }
  function normalCdf(z) { return z < 0 ? 0.5 * gammaQ(0.5, z * z / 2) : 0.5 + 0.5 * gammaP(0.5, z * z / 2); }
  function normalDensity(z) { return Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI); }
  function normalInverse(p) {
    var q = p - 0.5, r, value;
    if (Math.abs(q) <= 0.425) {
      r = 0.180625 - q * q;
      return q * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853) * r
          + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r
          + 3.387132872796366608)
          / (((((((5226.495278852854561 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
          + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1);
    }
    r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    if (r <= 5) {
      r -= 1.6;
      value = (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
          + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
          + 4.6303378461565452959) * r + 1.42343711074968357734)
          / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
          + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
          + 2.05319162663775882187) * r + 1);
    } else {
      r -= 5;
      value = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
          + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
          + 5.4637849111641143699) * r + 6.6579046435011037772)
          / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
          + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
          + 0.59983220655588793769) * r + 1);
    }
    return q < 0 ? -value : value;
  }
  function invert(cdf, p, low, high, cap) {
    while (cdf(high) < p && high < cap) {
      low = high;
      high *= 2;
    }
    if (!(cdf(high) >= p)) return NaN;
    for (var i = 0; i < 2100 && high - low > Math.pow(2, -53) * high; i++) {
      var mid = low + (high - low) / 2, at = cdf(mid);
      if (isNaN(at)) return at;
      if (at < p) low = mid; else high = mid;
    }
    return Math.abs(cdf(low) - p) < Math.abs(cdf(high) - p) ? low : high;
  }

  // Between Excel and the formulas: omitted arguments take the input's default, logical values
  // count as 1 and 0, text that is not a number is #VALUE!, and errors go back as Excel errors.
  var ERROR_CODES = {
    "#DIV/0!": "divisionByZero", "#NUM!": "invalidNumber", "#VALUE!": "invalidValue",
    "#N/A": "notAvailable", "#NAME?": "invalidName", "#REF!": "invalidReference", "#NULL!": "nullReference"
  };
  function fromExcel(arg, fallback) {
    if (arg === null || arg === undefined || arg === "") return fallback;
    if (typeof arg === "number") return checked(arg);
    if (typeof arg === "boolean") return arg ? 1 : 0;
    if (typeof arg === "string") {
      if (ERROR_CODES.hasOwnProperty(arg)) return arg;
      var n = Number(arg.trim());
      return arg.trim() !== "" && isFinite(n) ? n : VALUE;
    }
    return VALUE;
  }
  function toExcel(v, type) {
    if (!isErr(v)) return type === "boolean" ? v !== 0 : v;
    if (typeof CustomFunctions !== "undefined" && CustomFunctions.Error) {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode[ERROR_CODES[v]]);
    }
    return v;
  }
