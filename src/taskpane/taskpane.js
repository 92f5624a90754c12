// The flopsheet task pane: pick a sheet, edit its inputs (a value or a distribution such as "1e25 to 1e27"),
// read its outputs with their units and their 5th, 50th and 95th percentiles, chart one output against one input on log-log axes, download the live workbook, import an edited one.
// Plain JavaScript talking to the server's JSON API on the same origin; it works in Excel
// and in any browser (Office.js is optional).
(function () {
  "use strict";

  var state = { sheets: [], sheet: null, typed: {}, generation: 0 };

  function $(id) { return document.getElementById(id); }

  function element(tag, attributes, text) {
    var e = document.createElement(tag);
    for (var k in attributes || {}) e.setAttribute(k, attributes[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function api(path, body) {
    var options = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    };
    return send(path, options);
  }

  function send(path, options) {
    return fetch(path, options).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json.error || ("HTTP " + response.status));
        return json;
      });
    });
  }

  /** A number as Excel's General format shows it in a narrow column: 4.24E+06, 1.5, 0.0123. */
  function format(v) {
    if (typeof v === "string") return v;
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (v === 0) return "0";
    var a = Math.abs(v);
    if (a >= 1e5 || a < 1e-3) {
      var parts = v.toExponential(2).split("e");
      var exponent = Number(parts[1]);
      return parts[0] + "E" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }
    return String(Number(v.toPrecision(4)));
  }

  /** A number in full, as it reads back exactly: 3E+25, 0.1. */
  function exact(v) {
    return typeof v === "number" ? String(v).replace("e", "E") : format(v);
  }

  function status(text) { $("status").textContent = text || ""; }

  /** The token the server wrote into this page; imports need it, and pages of other origins cannot read it. */
  function token() {
    var meta = document.querySelector('meta[name="flopsheet-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  /** Sends the chosen workbook to the server: the diff of the source, and the source rewritten if asked (and allowed). */
  function importWorkbook(file) {
    var write = $("import-write").checked;
    var path = "/api/import?sheet=" + encodeURIComponent(state.sheet.id) + (write ? "&write=true" : "");
    $("import-status").textContent = "Importing " + file.name + "…";
    $("import-diff").textContent = "";
    return send(path, {
      method: "POST", body: file,
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "X-Flopsheet-Token": token() }
    }).then(function (json) {
      $("import-status").textContent = !json.changed ? "No change to " + json.file + "."
        : json.written ? json.file + " updated: " + json.changes.length + " change(s)."
        : json.changes.length + " change(s); " + json.file + " not written.";
      $("import-diff").textContent = json.diff;
      if (json.written) return chooseSheet(state.sheet.id);
    }).catch(function (e) {
      $("import-status").textContent = e.message;
    });
  }

  function loadSheets() {
    return api("/api/sheets").then(function (json) {
      state.sheets = json.sheets;
      var select = $("sheet");
      select.textContent = "";
      json.sheets.forEach(function (s) { select.appendChild(element("option", { value: s.id }, s.id)); });
      if (json.broken.length) status(json.broken.length + " file(s) do not compile: " + json.broken.map(function (b) { return b.file; }).join(", "));
      if (json.sheets.length) return chooseSheet(json.sheets[0].id);
      status("No sheets in the server's folder.");
    });
  }

  function chooseSheet(id) {
    return api("/api/sheets/" + encodeURIComponent(id)).then(function (sheet) {
      state.sheet = sheet;
      state.typed = {};
      $("sheet").value = id;
      $("sheet-title").textContent = sheet.title;
      $("download").setAttribute("href", "/api/sheets/" + encodeURIComponent(id) + "/workbook.xlsx");
      $("download").setAttribute("download", id + ".xlsx");
      var first = sheet.outputs[sheet.outputs.length - 1];
      $("example-formula").textContent = first
        ? "=FLOPSHEET." + (id + "." + first.name).toUpperCase() + "(" + (sheet.inputs[0] ? exact(sheet.inputs[0].default) : "") + ")" : "";
      renderInputs(sheet);
      renderOutputs(sheet);
      renderChartControls(sheet);
      return evaluate();
    });
  }

  function renderInputs(sheet) {
    var body = $("inputs").tBodies[0];
    body.textContent = "";
    sheet.inputs.forEach(function (q) {
      var row = element("tr");
      row.appendChild(element("td", { class: "label", title: q.note || q.name }, q.label));
      var cell = element("td");
      var typed = q.unit === "%" ? percent(q.default) + "%" : exact(q.default);
      var input = element("input", { type: "text", id: "in-" + q.name, name: q.name, value: typed, spellcheck: "false" });
      input.addEventListener("input", function () {
        state.typed[q.name] = input.value.trim();
        evaluate();
      });
      cell.appendChild(input);
      cell.appendChild(element("div", { class: "problem", id: "problem-" + q.name }));
      row.appendChild(cell);
      row.appendChild(element("td", { class: "unit" }, q.unit));
      body.appendChild(row);
    });
  }

  function renderOutputs(sheet) {
    var body = $("outputs").tBodies[0];
    body.textContent = "";
    sheet.outputs.forEach(function (q) {
      var row = element("tr");
      row.appendChild(element("td", { class: "label", title: q.note || q.name }, q.label));
      row.appendChild(element("td", { class: "value", id: "out-" + q.name }, "…"));
      row.appendChild(element("td", { class: "unit" }, q.unit));
      body.appendChild(row);
    });
  }

  function renderChartControls(sheet) {
    var y = $("chart-y"), x = $("chart-x");
    y.textContent = "";
    x.textContent = "";
    sheet.outputs.forEach(function (q) { y.appendChild(element("option", { value: q.name }, q.name)); });
    sheet.inputs.forEach(function (q) { x.appendChild(element("option", { value: q.name }, q.name)); });
    if (sheet.outputs.length) y.value = sheet.outputs[sheet.outputs.length - 1].name;
  }

  /** A % quantity holds the fraction, as a spreadsheet does: 0.6 shows as 60. */
  function percent(fraction) {
    return +(fraction * 100).toPrecision(15);
  }

  /** The inputs as typed (text the server parses, units allowed); empty boxes take the default. */
  function currentInputs() {
    var inputs = {};
    for (var name in state.typed) if (state.typed[name] !== "") inputs[name] = state.typed[name];
    return inputs;
  }

  function evaluate() {
    var sheet = state.sheet, generation = ++state.generation;
    sheet.inputs.forEach(function (q) {
      $("in-" + q.name).classList.remove("invalid");
      $("problem-" + q.name).textContent = "";
    });
    return api("/api/sheets/" + encodeURIComponent(sheet.id) + "/evaluate", { inputs: currentInputs() })
      .then(function (json) {
        if (generation !== state.generation) return;
        status("");
        var values = json.rows[0];
        sheet.outputs.forEach(function (q) {
          var cell = $("out-" + q.name);
          var value = values[q.name];
          cell.textContent = q.unit === "%" && typeof value === "number" ? format(percent(value)) : format(value);
          cell.title = String(values[q.name]);
          cell.classList.toggle("error", typeof values[q.name] === "string");
        });
        return Promise.all([drawChart(values), simulate(generation)]);
      })
      .catch(function (e) {
        if (generation !== state.generation) return;
        var named = sheet.inputs.filter(function (q) { return e.message.indexOf("inputs." + q.name + ":") === 0; })[0];
        if (named) {
          $("in-" + named.name).classList.add("invalid");
          $("problem-" + named.name).textContent = e.message.substring(("inputs." + named.name + ": ").length);
        } else status(e.message);
      });
  }

  var SIMULATION_SAMPLES = 10000;

  /** Every output's 5th, 50th and 95th percentiles, from the server's simulation of the inputs as typed (seed 1). */
  function simulate(generation) {
    var sheet = state.sheet, body = $("percentiles").tBodies[0];
    return api("/api/sheets/" + encodeURIComponent(sheet.id) + "/simulate", { inputs: currentInputs(), samples: SIMULATION_SAMPLES })
      .then(function (json) {
        if (generation !== state.generation) return;
        body.textContent = "";
        sheet.outputs.forEach(function (q) {
          var figures = json.quantities[q.name];
          if (!figures || q.type !== "number") return;
          var row = element("tr");
          row.appendChild(element("td", { class: "label", title: q.name }, q.label));
          ["p5", "p50", "p95"].forEach(function (k) {
            var v = figures[k];
            var cell = element("td", { class: "value", id: "pct-" + q.name + "-" + k },
              v === null ? "–" : format(q.unit === "%" ? percent(v) : v));
            if (v !== null) cell.title = String(v);
            row.appendChild(cell);
          });
          body.appendChild(row);
        });
        var errors = sheet.outputs.filter(function (q) { return json.quantities[q.name] && Object.keys(json.quantities[q.name].errors).length; });
        $("simulation-status").textContent = json.samples.toLocaleString("en-US") + " samples, seed " + json.seed
          + (errors.length ? "; some samples of " + errors.map(function (q) { return q.name; }).join(", ") + " are errors, left out" : "") + ".";
      })
      .catch(function (e) {
        if (generation !== state.generation) return;
        body.textContent = "";
        $("simulation-status").textContent = e.message.indexOf("no uncertain inputs") >= 0
          ? "Every input has one value: type a distribution into one, such as 1e25 to 1e27, normal(10, 2) or uniform(1, 10)."
          : e.message;
      });
  }

  /** The chosen output against the chosen input from 1/100 to 100 times its current value, both axes logarithmic. */
  function drawChart(values) {
    var sheet = state.sheet, xName = $("chart-x").value, yName = $("chart-y").value;
    var svg = $("chart");
    svg.textContent = "";
    var center = values[xName];
    if (typeof center !== "number" || !(center > 0)) {
      note(svg, "no log-log chart: " + xName + " is not positive");
      return Promise.resolve();
    }
    var rows = [], xs = [];
    for (var i = 0; i <= 40; i++) {
      var x = center * Math.pow(10, -2 + i / 10);
      var row = currentInputs();
      row[xName] = x;
      rows.push(row);
      xs.push(x);
    }
    var generation = state.generation;
    return api("/api/sheets/" + encodeURIComponent(sheet.id) + "/evaluate", { rows: rows }).then(function (json) {
      if (generation !== state.generation) return;
      var points = [];
      json.rows.forEach(function (r, i) {
        if (typeof r[yName] === "number" && r[yName] > 0) points.push([Math.log10(xs[i]), Math.log10(r[yName])]);
      });
      plot(svg, points, [Math.log10(center), typeof values[yName] === "number" && values[yName] > 0 ? Math.log10(values[yName]) : null],
        xName, yName);
    });
  }

  function note(svg, text) {
    svg.appendChild(svgElement("text", { x: 10, y: 110 }, text));
  }

  function svgElement(tag, attributes, text) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (var k in attributes) e.setAttribute(k, attributes[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function plot(svg, points, now, xName, yName) {
    if (points.length < 2) {
      note(svg, "no positive values of " + yName + " to chart");
      return;
    }
    var left = 44, right = 310, top = 10, bottom = 186;
    var x0 = Math.min.apply(null, points.map(function (p) { return p[0]; }));
    var x1 = Math.max.apply(null, points.map(function (p) { return p[0]; }));
    var y0 = Math.floor(Math.min.apply(null, points.map(function (p) { return p[1]; })));
    var y1 = Math.ceil(Math.max.apply(null, points.map(function (p) { return p[1]; })));
    if (y1 === y0) { y0 -= 1; y1 += 1; }
    function sx(v) { return left + (v - x0) / (x1 - x0) * (right - left); }
    function sy(v) { return bottom - (v - y0) / (y1 - y0) * (bottom - top); }
    var yStep = Math.max(1, Math.ceil((y1 - y0) / 6));
    for (var d = y0; d <= y1; d += yStep) {
      svg.appendChild(svgElement("line", { class: "grid", x1: left, x2: right, y1: sy(d), y2: sy(d) }));
      svg.appendChild(svgElement("text", { x: left - 4, y: sy(d) + 3, "text-anchor": "end" }, "1E" + d));
    }
    for (var e = Math.ceil(x0); e <= Math.floor(x1); e++) {
      svg.appendChild(svgElement("line", { class: "grid", x1: sx(e), x2: sx(e), y1: top, y2: bottom }));
      svg.appendChild(svgElement("text", { x: sx(e), y: bottom + 12, "text-anchor": "middle" }, "1E" + e));
    }
    svg.appendChild(svgElement("line", { class: "axis", x1: left, x2: right, y1: bottom, y2: bottom }));
    svg.appendChild(svgElement("line", { class: "axis", x1: left, x2: left, y1: top, y2: bottom }));
    svg.appendChild(svgElement("polyline", {
      class: "line", points: points.map(function (p) { return sx(p[0]).toFixed(1) + "," + sy(p[1]).toFixed(1); }).join(" ")
    }));
    if (now[1] !== null) svg.appendChild(svgElement("circle", { class: "now", cx: sx(now[0]), cy: sy(now[1]), r: 3 }));
    svg.appendChild(svgElement("text", { x: (left + right) / 2, y: 212, "text-anchor": "middle" }, xName));
    svg.appendChild(svgElement("text", { x: 10, y: (top + bottom) / 2, transform: "rotate(-90 10 " + (top + bottom) / 2 + ")", "text-anchor": "middle" }, yName));
  }

  function start() {
    $("sheet").addEventListener("change", function () { chooseSheet($("sheet").value); });
    $("chart-x").addEventListener("change", function () { evaluate(); });
    $("chart-y").addEventListener("change", function () { evaluate(); });
    $("reset").addEventListener("click", function () { chooseSheet(state.sheet.id); });
    $("import-file").addEventListener("change", function () {
      var file = $("import-file").files[0];
      if (file && state.sheet) importWorkbook(file);
    });
    loadSheets().catch(function (e) { status("Cannot reach the flopsheet server: " + e.message); });
  }

  if (typeof Office !== "undefined" && Office.onReady) Office.onReady(start);
  else start();
})();
