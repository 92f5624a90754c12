
  // SHEET.SIMULATE(output, samples, seed, inputs...): the output's 5th, 50th and 95th percentiles as one row of
  // three cells, simulated by the flopsheet server that serves this add-in (the engine's figures: the same as
  // `flopsheet simulate --seed` for the same inputs). An input may be a number, or text the server reads, such as
  // "1e25 to 1e27", "normal(10, 2)" or "4 month"; an omitted input keeps the sheet's own value or distribution.
  var PERCENTILE_KEYS = ["p5", "p50", "p95"];
  function simulationFailed(message) {
    if (typeof CustomFunctions !== "undefined" && CustomFunctions.Error) {
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
    }
    return new Error(message);
  }
  function given(arg) { return arg !== null && arg !== undefined && arg !== ""; }
  function defineSimulate(sheet, name) {
    return function (output, samples, seed) {
      var body = { inputs: {} };
      if (given(samples)) body.samples = samples;
      if (given(seed)) body.seed = seed;
      for (var j = 0; j < sheet.inputs.length; j++) {
        var arg = arguments[3 + j];
        if (given(arg)) body.inputs[sheet.inputs[j].name] = arg;
      }
      return fetch("/api/sheets/" + encodeURIComponent(name) + "/simulate", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
      }).then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) throw simulationFailed(json.error || ("HTTP " + response.status));
          var q = json.quantities[output];
          if (q === undefined) throw simulationFailed("no quantity '" + output + "' in sheet " + name);
          if (q.valid === 0) throw simulationFailed("every sample of " + output + " is an error");
          return [PERCENTILE_KEYS.map(function (k) { return q[k]; })];
        });
      });
    };
  }
