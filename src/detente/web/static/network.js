// The network page: actors grouped and coloured by camp (from /api/blocs: signed spectral
// clustering of the same period), relations as signed edges. Readable at 1,000 relations: a
// minimum-events filter, actors without a shown relation hidden, zoom (wheel) and pan (drag).
// Drawn as plain SVG with DOM calls (textContent only: names are data, never markup).
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var W = 900, H = 640;
  var PALETTE = ["#1f5fa8", "#c2410c", "#15803d", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f"];
  var svg = document.getElementById("network");
  if (!svg) { return; }
  var minInput = document.getElementById("min-events");

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function local(href) { return typeof href === "string" && href.charAt(0) === "/" && href.charAt(1) !== "/"; }

  function clear() { while (svg.firstChild) { svg.removeChild(svg.firstChild); } }

  function message(text) {
    var t = el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", "class": "message" }, svg);
    t.textContent = text;
  }

  function campOf(blocs) {
    var out = {};
    var period = blocs && blocs.periods && blocs.periods[0];
    if (!period) { return out; }
    period.camps.forEach(function (c) { c.members.forEach(function (m) { out[m] = c.number; }); });
    return out;
  }

  // Camps on a large circle, each camp's members on a small circle around its centre.
  function layout(nodes, camps) {
    var groups = {}, order = [];
    nodes.forEach(function (n) {
      var c = camps[n.key] || 0;
      if (!groups[c]) { groups[c] = []; order.push(c); }
      groups[c].push(n);
    });
    order.sort(function (x, y) { return groups[y].length - groups[x].length || x - y; });
    var pos = {}, R = order.length > 1 ? Math.min(W, H) / 2 - 150 : 0;
    order.forEach(function (c, i) {
      var angle = -Math.PI / 2 + (2 * Math.PI * i) / order.length;
      var gx = W / 2 + R * Math.cos(angle), gy = H / 2 + R * Math.sin(angle);
      var members = groups[c], r = members.length > 1 ? 18 + 9 * Math.sqrt(members.length) : 0;
      members.forEach(function (n, j) {
        var a = (2 * Math.PI * j) / members.length;
        pos[n.key] = { x: gx + r * Math.cos(a), y: gy + r * Math.sin(a), camp: c };
      });
    });
    return pos;
  }

  function draw(graph, blocs) {
    clear();
    var min = minInput ? Math.max(1, parseInt(minInput.value, 10) || 1) : 1;
    var edges = graph.edges.filter(function (e) { return e.events >= min; });
    var shown = {};
    edges.forEach(function (e) { shown[e.a] = true; shown[e.b] = true; });
    var nodes = graph.nodes.filter(function (n) { return shown[n.key]; });  // isolated actors hidden
    svg.dataset.nodes = String(nodes.length);
    svg.dataset.edges = String(edges.length);
    if (!nodes.length) { message("No relations in this period."); svg.dataset.rendered = "true"; return; }
    var names = {};
    graph.nodes.forEach(function (n) { names[n.key] = n.name; });
    var camps = campOf(blocs), pos = layout(nodes, camps);
    var maxEvents = Math.max.apply(null, nodes.map(function (n) { return n.events; }));
    var view = el("g", { "class": "view" }, svg);
    var edgeLayer = el("g", { "class": "edges" }, view);
    var thin = edges.length > 200;
    edges.forEach(function (e) {
      var a = pos[e.a], b = pos[e.b];
      if (!a || !b) { return; }
      var link = el("a", {}, edgeLayer);
      if (local(e.href)) { link.setAttribute("href", e.href); }
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge " + e.state,
        "stroke-width": (thin ? 0.6 : 1.5) + (thin ? 0.6 : 2) * Math.log2(1 + e.events), "data-state": e.state }, link);
      var title = el("title", {}, line);
      title.textContent = (names[e.a] || e.a) + " – " + (names[e.b] || e.b) + ": " + e.events + " events, " +
        e.state + ", trend " + e.trend;
    });
    var nodeLayer = el("g", { "class": "nodes" }, view);
    nodes.forEach(function (n) {
      var p = pos[n.key];
      var link = el("a", { "class": "node" }, nodeLayer);
      if (local(n.href)) { link.setAttribute("href", n.href); }
      link.setAttribute("data-key", n.key);
      link.setAttribute("data-camp", String(p.camp));
      el("circle", { cx: p.x, cy: p.y, r: (thin ? 3 : 6) + (thin ? 7 : 14) * Math.sqrt(n.events / maxEvents),
        fill: p.camp ? PALETTE[(p.camp - 1) % PALETTE.length] : "#777" }, link);
      if (!thin || n.events >= maxEvents / 8) {
        var label = el("text", { x: p.x, y: p.y - 10, "text-anchor": "middle" }, link);
        label.textContent = n.name;
      }
      var title = el("title", {}, link);
      title.textContent = n.name + ": " + n.events + " events" + (p.camp ? ", camp " + p.camp : "");
    });
    svg.dataset.rendered = "true";
  }

  // Zoom with the wheel, pan by dragging: the viewBox moves, the drawing stays crisp.
  var box = { x: 0, y: 0, w: W, h: H }, drag = null;
  function setBox() { svg.setAttribute("viewBox", [box.x, box.y, box.w, box.h].join(" ")); }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var rect = svg.getBoundingClientRect();
    var fx = (ev.clientX - rect.left) / rect.width, fy = (ev.clientY - rect.top) / rect.height;
    var k = ev.deltaY < 0 ? 0.85 : 1 / 0.85;
    var w = Math.min(W * 4, Math.max(W / 20, box.w * k)), h = w * H / W;
    box = { x: box.x + fx * (box.w - w), y: box.y + fy * (box.h - h), w: w, h: h };
    setBox();
  }, { passive: false });
  svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, box: box }; });
  window.addEventListener("mouseup", function () { drag = null; });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) { return; }
    var rect = svg.getBoundingClientRect(), s = drag.box.w / rect.width;
    box = { x: drag.box.x - (ev.clientX - drag.x) * s, y: drag.box.y - (ev.clientY - drag.y) * s, w: drag.box.w, h: drag.box.h };
    setBox();
  });

  function json(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); });
  }

  var blocsRequest = svg.dataset.camps ? json(svg.dataset.camps).catch(function () { return null; }) : Promise.resolve(null);
  Promise.all([json(svg.dataset.src), blocsRequest])
    .then(function (both) {
      draw(both[0], both[1]);
      if (minInput) { minInput.addEventListener("input", function () { draw(both[0], both[1]); }); }
    })
    .catch(function () { clear(); message("The network could not be loaded."); });
})();
