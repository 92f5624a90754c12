
  // Goal seek in the add-in, as `flopsheet solve` does it. Where the chain from the input to the output
  // is out = c*in^e with a fixed e (read off the formulas when the add-in was generated), in closed form.
  // Otherwise input values a factor of 2 apart from the current one bracket every crossing of the target,
  // and bisection narrows each to the last bits; of several crossings, the one nearest the current value.
  // No crossing: #N/A.
  var ACCEPT = 1e-9, NA = "#N/A";
  function solveFor(sheet, slots, out, inp, target, exponent) {
    function at(x) { var s = slots.slice(); s[inp] = x; sheet.run(s); return s[out]; }
    var x0 = slots[inp], y0 = at(x0);
    if (isErr(x0)) return x0;
    var scale = target !== 0 ? Math.abs(target) : (isErr(y0) ? 0 : Math.abs(y0));
    function reaches(y) { return !isErr(y) && Math.abs(y - target) <= ACCEPT * Math.max(scale, 2.2250738585072014e-308); }
    if (exponent !== undefined && x0 !== 0 && !isErr(y0) && y0 !== 0 && target / y0 > 0) {
      var exact = x0 * Math.pow(target / y0, 1 / exponent);
      if (isFinite(exact) && exact !== 0 && reaches(at(exact))) return exact;
    }
    var points = grid(x0), best = NA, bestDistance = Infinity;
    var previousX = NaN, previousG = NaN;
    for (var i = 0; i < points.length; i++) {
      var x = points[i], y = at(x), g = isErr(y) ? NaN : y - target, root = null;
      if (g === 0) root = x;
      else if (isFinite(g) && isFinite(previousG) && previousG !== 0 && (g > 0) !== (previousG > 0)) root = bisect(at, target, previousX, x, previousG);
      if (root !== null && reaches(at(root))) {
        var d = distance(root, x0);
        if (d < bestDistance) { best = root; bestDistance = d; }
      }
      previousX = x;
      previousG = g;
    }
    return best;
  }
  function grid(x0) {
    var up = [], out = [], k;
    if (x0 === 0) {
      for (k = -1022; k <= 1023; k++) up.push(Math.pow(2, k));
      for (k = up.length - 1; k >= 0; k--) out.push(-up[k]);
      out.push(0);
      return out.concat(up);
    }
    var a = Math.abs(x0);
    for (k = -2046; k <= 2046; k++) {
      var x = a * Math.pow(2, k);
      if (x >= 2.2250738585072014e-308 && isFinite(x)) up.push(x);
    }
    if (x0 > 0) return up;
    for (k = up.length - 1; k >= 0; k--) out.push(-up[k]);
    return out;
  }
  function bisect(at, target, lo, hi, gLo) {
    for (var i = 0; i < 2200; i++) {
      var mid = lo + (hi - lo) / 2;
      if (mid === lo || mid === hi) break;
      var y = at(mid);
      if (isErr(y)) return null;
      var g = y - target;
      if (g === 0) return mid;
      if ((g > 0) === (gLo > 0)) { lo = mid; gLo = g; } else hi = mid;
    }
    var yLo = at(lo), yHi = at(hi);
    if (isErr(yLo)) return hi;
    if (isErr(yHi)) return lo;
    return Math.abs(yLo - target) <= Math.abs(yHi - target) ? lo : hi;
  }
  function distance(x, x0) {
    return x0 === 0 || x === 0 || (x > 0) !== (x0 > 0) ? Math.abs(x - x0) : Math.abs(Math.log(x / x0));
  }
  function defineSolve(sheet) {
    return function (output, target, vary) {
      var out = sheet.outputs[output], inp = -1;
      for (var i = 0; i < sheet.inputs.length; i++) if (sheet.inputs[i].name === vary) inp = sheet.inputs[i].slot;
      if (out === undefined || inp < 0) return toExcel(VALUE, "number");
      var t = fromExcel(target, NA);
      if (isErr(t)) return toExcel(t, "number");
      var s = new Array(sheet.size);
      for (var j = 0; j < sheet.inputs.length; j++) s[sheet.inputs[j].slot] = fromExcel(arguments[3 + j], sheet.inputs[j].value);
      var exponents = sheet.exponents[output];
      return toExcel(solveFor(sheet, s, out, inp, t, exponents ? exponents[vary] : undefined), "number");
    };
  }
