
  // Sheets with text or arrays are computed by the flopsheet server that serves this add-in: its JSON API
  // evaluates them with the Java engine, and each function returns a promise of the value. Array inputs
  // arrive from Excel as matrices (rows of values) and array results go back as matrices.
  function remoteError(text, message) {
    if (typeof CustomFunctions !== "undefined" && CustomFunctions.Error) {
      return new CustomFunctions.Error(CustomFunctions.ErrorCode[ERROR_CODES[text] || "invalidValue"], message);
    }
    return new Error(message || text);
  }
  function remoteScalar(v) {
    if (typeof v === "string" && ERROR_CODES.hasOwnProperty(v)) throw remoteError(v);
    return v;
  }
  function remoteResult(v, matrix) {
    if (!matrix) {
      if (Array.isArray(v)) throw remoteError("#VALUE!", "this output is an array; its function returns a matrix");
      return remoteScalar(v);
    }
    var rows = Array.isArray(v) ? (Array.isArray(v[0]) ? v : [v]) : [[v]];
    return rows.map(function (row) {
      return row.map(function (x) {
        return typeof x === "string" && ERROR_CODES.hasOwnProperty(x) ? remoteError(x) : x;
      });
    });
  }
  function remoteInput(arg, array) {
    if (array) return Array.isArray(arg) ? arg : [[arg]];
    return Array.isArray(arg) ? arg[0][0] : arg;
  }
  function defineRemote(sheetId, output, inputs, matrix) {
    return function () {
      var given = {};
      for (var i = 0; i < inputs.length; i++) {
        var arg = arguments[i];
        if (arg === null || arg === undefined || arg === "") continue;
        given[inputs[i].name] = remoteInput(arg, inputs[i].array);
      }
      return root.fetch("/api/sheets/" + encodeURIComponent(sheetId) + "/evaluate", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ inputs: given })
      }).then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) throw remoteError("#VALUE!", body.error);
          return remoteResult(body.rows[0][output], matrix);
        });
      });
    };
  }
