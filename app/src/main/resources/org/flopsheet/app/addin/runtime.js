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
