// Charts of the actor and dyad pages, drawn with plotly.js from the JSON of the API.
// The API URL is in the chart element's data-src attribute; no data is written into the page as script.
(function () {
  "use strict";
  var QUADS = [
    { quad: "1", name: "verbal cooperation", color: "#8cc7a1" },
    { quad: "2", name: "material cooperation", color: "#2e7d4f" },
    { quad: "3", name: "verbal conflict", color: "#eb9b8f" },
    { quad: "4", name: "material conflict", color: "#c0392b" }
  ];
  var CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["lasso2d", "select2d"] };

  function load(el) {
    return fetch(el.dataset.src, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); });
  }

  function fail(el) {
    el.textContent = "The chart could not be loaded.";
    el.classList.add("failed");
  }

  // The placeholder ("Loading the chart…") stays until the chart or a message replaces it.
  function say(el, text) {
    el.textContent = text;
    el.classList.add("message");
    el.dataset.rendered = "true";
  }

  function clear(el) {
    while (el.firstChild) { el.removeChild(el.firstChild); }
  }

  function stacked(el, periods, onClick) {
    if (!periods.some(function (p) { return p.events > 0; })) {
      say(el, "No dated events in this period.");
      return Promise.resolve();
    }
    clear(el);
    var x = periods.map(function (p) { return p.label; });
    var traces = QUADS.map(function (q) {
      return {
        type: "bar", name: q.name, x: x, marker: { color: q.color },
        y: periods.map(function (p) { return p.by_quad[q.quad] || 0; }),
        customdata: periods.map(function (p) { return p.state; }),
        hovertemplate: "%{x}: %{y} " + q.name + " (%{customdata})<extra></extra>"
      };
    });
    var highest = Math.max.apply(null, periods.map(function (p) { return p.events; }));
    var yaxis = { title: { text: "events" }, rangemode: "tozero" };
    if (highest <= 10) { yaxis.dtick = 1; }  // events are counted: no "0.4 events" tick
    var layout = {
      barmode: "stack", height: 340, margin: { t: 20, r: 10, b: 60, l: 40 },
      xaxis: { type: "category", automargin: true }, yaxis: yaxis,
      legend: { orientation: "h", y: -0.25 }
    };
    return window.Plotly.newPlot(el, traces, layout, CONFIG).then(function () {
      if (onClick) { el.on("plotly_click", function (ev) { if (ev.points.length) { onClick(ev.points[0].x); } }); }
      el.dataset.rendered = "true";
    });
  }

  function openPeriod(label) {
    var box = document.getElementById("p-" + label);
    if (!box) { return; }
    document.querySelectorAll("details.period.selected").forEach(function (d) { d.classList.remove("selected"); });
    box.open = true;
    box.classList.add("selected");
    box.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  function draw(el) {
    if (!window.Plotly) { fail(el); return; }
    load(el).then(function (data) {
      if (el.dataset.kind === "dyad") {
        return stacked(el, data.periods, openPeriod);
      }
      return stacked(el, data.timeline, null);
    }).catch(function () { fail(el); });
  }

  document.querySelectorAll(".chart[data-src]").forEach(draw);
})();
