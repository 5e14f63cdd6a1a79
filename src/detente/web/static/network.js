// The network page: actors as nodes on a circle (most active first), relations as signed edges.
// Drawn as plain SVG with DOM calls (textContent only: names are data, never markup).
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("network");
  if (!svg) { return; }

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function local(href) { return typeof href === "string" && href.charAt(0) === "/" && href.charAt(1) !== "/"; }

  function message(text) {
    var t = el("text", { x: 450, y: 320, "text-anchor": "middle", "class": "message" }, svg);
    t.textContent = text;
  }

  function draw(graph) {
    var W = 900, H = 640, cx = W / 2, cy = H / 2;
    var nodes = graph.nodes, edges = graph.edges;
    if (!nodes.length) { message("No relations in this period."); return; }
    var radius = Math.min(W, H) / 2 - 80;
    var maxEvents = Math.max.apply(null, nodes.map(function (n) { return n.events; }));
    var pos = {};
    nodes.forEach(function (n, i) {
      var angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
      var r = nodes.length === 1 ? 0 : radius;
      pos[n.key] = { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), angle: angle };
    });
    var edgeLayer = el("g", { "class": "edges" }, svg);
    edges.forEach(function (e) {
      var a = pos[e.a], b = pos[e.b];
      if (!a || !b) { return; }
      var link = el("a", {}, edgeLayer);
      if (local(e.href)) { link.setAttribute("href", e.href); }
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge " + e.state,
        "stroke-width": 1.5 + 2 * Math.log2(1 + e.events), "data-state": e.state }, link);
      var title = el("title", {}, line);
      title.textContent = e.a + " – " + e.b + ": " + e.events + " events, " + e.state + ", trend " + e.trend;
    });
    var nodeLayer = el("g", { "class": "nodes" }, svg);
    nodes.forEach(function (n) {
      var p = pos[n.key];
      var link = el("a", { "class": "node" }, nodeLayer);
      if (local(n.href)) { link.setAttribute("href", n.href); }
      link.setAttribute("data-key", n.key);
      el("circle", { cx: p.x, cy: p.y, r: 6 + 14 * Math.sqrt(n.events / maxEvents) }, link);
      var outside = nodes.length > 1;
      var label = el("text", {
        x: p.x + (outside ? 24 * Math.cos(p.angle) : 0), y: p.y + (outside ? 24 * Math.sin(p.angle) : -24) + 4,
        "text-anchor": !outside || Math.abs(Math.cos(p.angle)) < 0.3 ? "middle" : (Math.cos(p.angle) > 0 ? "start" : "end")
      }, link);
      label.textContent = n.name;
      var title = el("title", {}, link);
      title.textContent = n.name + ": " + n.events + " events";
    });
    svg.dataset.rendered = "true";
  }

  fetch(svg.dataset.src, { headers: { Accept: "application/json" }, credentials: "same-origin" })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(draw)
    .catch(function () { message("The network could not be loaded."); });
})();
