/* quotegraph's view: the controls around a vis-network graph (the drawing is vis-network's).
 * The data is the JSON in #qg-data, written by quotegraph/view.py; nothing is fetched. */
(function () {
  "use strict";
  performance.mark("qg-start");
  var DATA = JSON.parse(document.getElementById("qg-data").textContent);
  performance.mark("qg-parsed");
  var $ = function (id) { return document.getElementById(id); };
  var MAX_ITEMS = 200;  // items listed in the panel before "… and N more"
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
                 "#17becf", "#bcbd22", "#7f7f7f", "#393b79", "#637939", "#8c6d31", "#843c39"];

  var relByKey = {};
  DATA.relations.forEach(function (r) { relByKey[r.key] = r; });
  var typeByKey = {};
  DATA.types.forEach(function (t) { typeByKey[t.key] = t; });
  var hasCommunity = DATA.nodes.some(function (n) { return n.cm !== null && n.cm !== undefined; });
  var dates = DATA.docs.map(function (d) { return d.d ? String(d.d).slice(0, 10) : null; });
  var knownDates = dates.filter(Boolean).sort();

  var state = {
    topN: DATA.top_n, minWeight: 1, from: "", to: "", colourBy: "type", edgeLabels: null,
    relations: new Set(DATA.relations.filter(function (r) { return r.on; }).map(function (r) { return r.key; })),
    extra: new Set(),   // actors brought in by a search or a double-click, beyond the top N
  };

  // ---------------------------------------------------------------- filtering
  function inRange(docIndex) {
    if (!state.from && !state.to) return true;
    var day = dates[docIndex];
    if (!day) return false;
    return (!state.from || day >= state.from) && (!state.to || day <= state.to);
  }
  function keptQuotes(indices) {
    if (!state.from && !state.to) return indices;  // no date filter: no copy (a big page has many)
    return indices.filter(function (i) { return inRange(DATA.quotes[i].d); });
  }
  function keptRels(indices) {
    if (!state.from && !state.to) return indices;
    return indices.filter(function (i) { return inRange(DATA.rels[i].d); });
  }
  function edgeWeight(e) { return keptQuotes(e.q).length + keptRels(e.e).length; }

  // The edges that pass the filters, and each actor's score: its quotes plus the weight of its edges.
  function liveEdges() {
    var out = [];
    DATA.edges.forEach(function (e, i) {
      if (!state.relations.has(e.r)) return;
      var w = edgeWeight(e);
      if (w >= Math.max(1, state.minWeight)) out.push({ i: i, w: w });
    });
    return out;
  }
  function ranking(live) {
    var score = DATA.nodes.map(function (n) { return keptQuotes(n.q).length; });
    var quotes = score.slice();
    live.forEach(function (le) {
      var e = DATA.edges[le.i];
      score[e.f] += le.w;
      score[e.to] += le.w;
    });
    var order = DATA.nodes.map(function (_, i) { return i; })
      .filter(function (i) { return score[i] > 0; })
      .sort(function (a, b) { return score[b] - score[a] || quotes[b] - quotes[a] || (DATA.nodes[a].n < DATA.nodes[b].n ? -1 : 1); });
    return { order: order, quotes: quotes };
  }

  // ---------------------------------------------------------------- drawing (vis-network)
  function nodeColour(n) {
    if (state.colourBy === "community" && n.cm !== null && n.cm !== undefined) {
      var k = Number(n.cm);
      if (!isFinite(k)) { k = 0; String(n.cm).split("").forEach(function (ch) { k = (k * 31 + ch.charCodeAt(0)) % 9973; }); }
      return PALETTE[Math.abs(k) % PALETTE.length];
    }
    return (typeByKey[n.ty] || { colour: "#999" }).colour;
  }
  function visNode(i, quotes) {
    var n = DATA.nodes[i], c = nodeColour(n);
    return {
      id: i, label: n.n, value: quotes[i],
      title: n.n + " (" + (typeByKey[n.ty] || { label: n.ty }).label + "): " + quotes[i] + " quote" + (quotes[i] === 1 ? "" : "s"),
      color: { background: c, border: "#ffffff", highlight: { background: c, border: "#222" }, hover: { background: c, border: "#222" } },
    };
  }
  // The words of an edge: the roles or verbs the articles used (a relation's name when none), ×n when repeated.
  function edgeWords(e) {
    var tally = {}, order = [];
    function add(w) { if (!(w in tally)) { tally[w] = 0; order.push(w); } tally[w] += 1; }
    keptRels(e.e).forEach(function (i) { add(DATA.rels[i].role || DATA.rels[i].cue || relByKey[e.r].label); });
    keptQuotes(e.q).forEach(function (i) { add(e.r === "said_to" ? (DATA.quotes[i].cue || "said") + " to" : relByKey[e.r].label.split(" (")[0]); });
    return order.slice(0, 3).map(function (w) { return tally[w] > 1 ? w + " ×" + tally[w] : w; }).join(", ")
      + (order.length > 3 ? ", …" : "");
  }
  function visEdge(le) {
    var e = DATA.edges[le.i], r = relByKey[e.r];
    return {
      id: "e" + le.i, from: e.f, to: e.to, value: le.w, label: state.edgeLabels ? edgeWords(e) : "",
      arrows: r.arrows ? { to: { enabled: true, scaleFactor: 0.5 } } : undefined,
      dashes: r.dashes, color: { color: r.colour, highlight: r.colour, hover: r.colour, opacity: 0.75 },
      title: DATA.nodes[e.f].n + " — " + r.label + " → " + DATA.nodes[e.to].n + " (" + le.w + ")",
    };
  }

  var nodes = new vis.DataSet([]), edges = new vis.DataSet([]);
  var options = {
    nodes: {
      shape: "dot", borderWidth: 1,
      scaling: { min: 7, max: 34, label: { enabled: true, min: 12, max: 20, maxVisible: 22, drawThreshold: 6 } },
      font: { face: "system-ui, sans-serif", color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
    },
    edges: {
      smooth: { type: "continuous", roundness: 0.2 }, selectionWidth: 2,
      font: { size: 11, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
      scaling: { min: 1, max: 8, label: { enabled: false } },  // thick edges, words of one size
    },
    // the same picture on every opening; no Kamada-Kawai start (seconds on a big page), the physics lays it out
    layout: { randomSeed: 7, improvedLayout: false },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -80, centralGravity: 0.01, springLength: 110, springConstant: 0.06, avoidOverlap: 0.8 },
      stabilization: { iterations: 250, updateInterval: 50, fit: true },
    },
    interaction: { hover: true, tooltipDelay: 150, multiselect: false, navigationButtons: false, keyboard: false },
  };
  var network = new vis.Network($("qg-graph"), { nodes: nodes, edges: edges }, options);
  network.once("stabilizationIterationsDone", function () { performance.mark("qg-ready"); document.body.dataset.ready = "1"; });
  network.on("stabilizationIterationsDone", function () {
    // keep still from now on, and keep the reader's zoom when actors are added later
    network.setOptions({ physics: { enabled: false, stabilization: { fit: false } } });
  });

  var last = { order: [], shown: 0, edges: 0 };
  // At first, the minimum weight that leaves about two edges per drawn actor: past that a big
  // corpus draws a hairball. The reader can lower it; the note under the controls says so.
  function firstMinWeight() {
    var live = liveEdges(), rank = ranking(live);
    var top = new Set(rank.order.slice(0, Math.max(0, state.topN)));
    var weights = live.filter(function (le) { var e = DATA.edges[le.i]; return top.has(e.f) && top.has(e.to); })
      .map(function (le) { return le.w; }).sort(function (a, b) { return b - a; });
    var limit = Math.max(60, 2 * top.size);
    return weights.length > limit ? Math.max(1, weights[limit - 1]) : 1;
  }

  function render() {
    var live = liveEdges(), rank = ranking(live);
    var shown = new Set(rank.order.slice(0, Math.max(0, state.topN)));
    state.extra.forEach(function (i) { shown.add(i); });
    var keep = live.filter(function (le) { var e = DATA.edges[le.i]; return shown.has(e.f) && shown.has(e.to); });
    if (state.edgeLabels === null) {  // words on the edges while they are few enough to read
      state.edgeLabels = keep.length <= 40;
      $("qg-edgelabels").checked = state.edgeLabels;
    }
    var positions = network.getPositions();
    var newNodes = [];
    shown.forEach(function (i) {
      var v = visNode(i, rank.quotes);
      if (positions[i]) { v.x = positions[i].x; v.y = positions[i].y; }
      newNodes.push(v);
    });
    var added = newNodes.some(function (v) { return !positions[v.id]; });
    nodes.remove(nodes.getIds().filter(function (id) { return !shown.has(id); }));
    nodes.update(newNodes);
    var keepIds = new Set(keep.map(function (le) { return "e" + le.i; }));
    edges.remove(edges.getIds().filter(function (id) { return !keepIds.has(id); }));
    edges.update(keep.map(visEdge));
    if (added) {  // lay the new actors out among the others, then keep still
      network.setOptions({ physics: { enabled: true } });
      network.stabilize(Object.keys(positions).length ? 120 : 250);
    }
    last = { order: rank.order, shown: shown.size, edges: keep.length };
    $("qg-counts").textContent = "Showing " + shown.size + " of " + rank.order.length + " actors that match, "
      + keep.length + " edges" + (state.minWeight > 1 ? " said at least " + state.minWeight + " times (lower that to see more)." : ".");
    return added;
  }

  // ---------------------------------------------------------------- the panel
  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined && text !== null) x.textContent = text;
    return x;
  }
  function actorLink(i) {
    var b = el("button", "qg-link", DATA.nodes[i].n);
    b.type = "button";
    b.addEventListener("click", function () { focusActor(i); });
    return b;
  }
  function meta(docIndex, confidence) {
    var d = DATA.docs[docIndex] || {};
    var parts = [d.t || d.s || "(untitled)", d.d ? String(d.d).slice(0, 10) : "no date"];
    if (confidence !== null && confidence !== undefined) parts.push("confidence " + Number(confidence).toFixed(2));
    return el("div", "qg-meta", parts.join(" · "));
  }
  function listItems(title, indices, render1) {
    var box = document.createDocumentFragment();
    box.appendChild(el("h3", null, title + " (" + indices.length + ")"));
    var ul = el("ul", "qg-items");
    indices.slice(0, MAX_ITEMS).forEach(function (i) { ul.appendChild(render1(i)); });
    box.appendChild(ul);
    if (indices.length > MAX_ITEMS) box.appendChild(el("div", "qg-more", "… and " + (indices.length - MAX_ITEMS) + " more"));
    return box;
  }
  function quoteItem(i) {
    var q = DATA.quotes[i], li = el("li");
    var head = el("div");
    if (q.sp !== null) { head.appendChild(actorLink(q.sp)); head.appendChild(document.createTextNode(" " + (q.cue || "said"))); }
    if (q.to !== null) { head.appendChild(document.createTextNode(" to ")); head.appendChild(actorLink(q.to)); }
    if (q.by !== null) { head.appendChild(document.createTextNode(" (via ")); head.appendChild(actorLink(q.by)); head.appendChild(document.createTextNode(")")); }
    li.appendChild(head);
    li.appendChild(el("div", "qg-quote", "“" + q.t + "”"));
    if (q.s) li.appendChild(el("div", "qg-sentence", q.s));
    li.appendChild(meta(q.d, q.c));
    return li;
  }
  function relItem(i) {
    var r = DATA.rels[i], li = el("li");
    if (r.role) li.appendChild(el("div", null, r.role));
    li.appendChild(el("div", "qg-sentence", r.s || r.t));
    li.appendChild(meta(r.d, r.c));
    return li;
  }
  function edgeItem(ei) {
    var e = DATA.edges[ei], r = relByKey[e.r], li = el("li");
    li.appendChild(actorLink(e.f));
    var b = el("button", "qg-link", edgeWords(e));
    b.type = "button";
    b.title = r.label + ": the statements behind it";
    b.style.color = r.colour;
    b.addEventListener("click", function () { showEdge(ei); });
    li.appendChild(document.createTextNode(" — "));
    li.appendChild(b);
    li.appendChild(document.createTextNode(" → "));
    li.appendChild(actorLink(e.to));
    li.appendChild(document.createTextNode(" (" + edgeWeight(e) + ")"));
    return li;
  }
  function showActor(i) {
    var n = DATA.nodes[i], panel = $("qg-panel");
    panel.textContent = "";
    panel.appendChild(el("h2", null, n.n));
    var t = typeByKey[n.ty] || { label: n.ty };
    var info = t.label + (n.cm !== null && n.cm !== undefined ? " · community " + n.cm : "")
      + " · named in " + n.docs + " article" + (n.docs === 1 ? "" : "s");
    panel.appendChild(el("div", "qg-muted", info));
    if (n.al && n.al.length) panel.appendChild(el("div", "qg-muted", "also: " + n.al.join(", ")));
    var expand = el("button", null, "Show its neighbours");
    expand.type = "button";
    expand.addEventListener("click", function () { addNeighbours(i); });
    panel.appendChild(expand);
    panel.appendChild(listItems("Quotes", keptQuotes(n.q), quoteItem));
    var mine = [];
    DATA.edges.forEach(function (e, ei) {
      if ((e.f === i || e.to === i) && state.relations.has(e.r) && edgeWeight(e) > 0) mine.push(ei);
    });
    mine.sort(function (a, b) { return edgeWeight(DATA.edges[b]) - edgeWeight(DATA.edges[a]); });
    panel.appendChild(listItems("Relations", mine, edgeItem));
    panel.dataset.actor = n.id;
  }
  function showEdge(ei) {
    var e = DATA.edges[ei], r = relByKey[e.r], panel = $("qg-panel");
    panel.textContent = "";
    var h = el("h2");
    h.appendChild(actorLink(e.f));
    var word = el("span", null, " — " + edgeWords(e) + " → ");
    word.style.color = r.colour;
    h.appendChild(word);
    h.appendChild(actorLink(e.to));
    panel.appendChild(h);
    panel.appendChild(el("div", "qg-muted", r.label));
    panel.appendChild(el("div", "qg-muted", "said " + edgeWeight(e) + " time(s) in these articles"));
    var q = keptQuotes(e.q), rs = keptRels(e.e);
    if (q.length) panel.appendChild(listItems("Quotes", q, quoteItem));
    if (rs.length) panel.appendChild(listItems("Statements", rs, relItem));
    delete panel.dataset.actor;
  }

  // ---------------------------------------------------------------- search and focus
  var fold = function (s) { return String(s).toLocaleLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").trim(); };
  function findActor(query) {
    var q = fold(query);
    if (!q) return null;
    var best = null, bestRank = Infinity;
    var score = ranking(liveEdges()).order;
    var place = {};
    score.forEach(function (i, k) { place[i] = k; });
    DATA.nodes.forEach(function (n, i) {
      var names = [n.n].concat(n.al || []).map(fold);
      var exact = names.indexOf(q) >= 0, part = names.some(function (x) { return x.indexOf(q) >= 0; });
      if (!exact && !part) return;
      var rank = (exact ? 0 : 1e6) + (place[i] === undefined ? 5e5 : place[i]);
      if (rank < bestRank) { best = i; bestRank = rank; }
    });
    return best;
  }
  function focusActor(i) {
    var laying = false;
    if (!nodes.get(i)) { state.extra.add(i); laying = render(); }
    var centre = function () {
      network.selectNodes([i]);
      network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: false });
    };
    if (laying) network.once("stabilizationIterationsDone", centre);  // once it has its place
    else centre();
    showActor(i);
  }
  function search(query) {
    var i = findActor(query);
    $("qg-search-note").textContent = i === null ? "No actor named “" + query + "”." : "";
    if (i !== null) focusActor(i);
    return i === null ? null : DATA.nodes[i].id;
  }
  function addNeighbours(i) {
    liveEdges().forEach(function (le) {
      var e = DATA.edges[le.i];
      if (e.f === i) state.extra.add(e.to);
      if (e.to === i) state.extra.add(e.f);
    });
    state.extra.add(i);
    render();
  }

  // ---------------------------------------------------------------- controls
  function setUp() {
    $("qg-title").textContent = DATA.title;
    document.title = DATA.title;
    var nQuotes = DATA.quotes.length;
    $("qg-summary").textContent = DATA.docs.length + " articles · " + nQuotes + " quotes · " + DATA.nodes.length + " actors";
    var names = new Set();
    DATA.nodes.forEach(function (n) { names.add(n.n); (n.al || []).forEach(function (a) { names.add(a); }); });
    var list = $("qg-names");
    Array.from(names).sort().slice(0, 20000).forEach(function (name) { var o = el("option"); o.value = name; list.appendChild(o); });

    $("qg-topn").value = state.topN;
    $("qg-topn").max = DATA.nodes.length;
    $("qg-topn").addEventListener("change", function () { state.topN = Math.max(1, parseInt(this.value, 10) || 1); render(); });
    $("qg-all").addEventListener("click", function () { state.topN = DATA.nodes.length; $("qg-topn").value = state.topN; render(); });
    $("qg-edgelabels").addEventListener("change", function () {
      state.edgeLabels = this.checked;
      edges.update(edges.getIds().map(function (id) {
        var e = DATA.edges[parseInt(String(id).slice(1), 10)];
        return { id: id, label: state.edgeLabels ? edgeWords(e) : "" };
      }));
    });
    $("qg-minw").addEventListener("change", function () { state.minWeight = Math.max(1, parseInt(this.value, 10) || 1); render(); });
    if (knownDates.length) {
      ["qg-from", "qg-to"].forEach(function (id) {
        $(id).min = knownDates[0];
        $(id).max = knownDates[knownDates.length - 1];
        $(id).addEventListener("change", function () { state.from = $("qg-from").value; state.to = $("qg-to").value; render(); });
      });
    } else {
      $("qg-dates").hidden = true;
      $("qg-nodates").hidden = false;
    }
    var colour = $("qg-colour");
    [["type", "type"]].concat(hasCommunity ? [["community", "community"]] : []).forEach(function (o) {
      var opt = el("option", null, o[1]); opt.value = o[0]; colour.appendChild(opt);
    });
    colour.addEventListener("change", function () { state.colourBy = this.value; legend(); nodes.clear(); render(); });

    var counts = {};
    DATA.edges.forEach(function (e) { counts[e.r] = (counts[e.r] || 0) + e.q.length + e.e.length; });
    DATA.relations.forEach(function (r) {
      var label = el("label"), box = el("input");
      box.type = "checkbox"; box.checked = state.relations.has(r.key); box.value = r.key;
      box.addEventListener("change", function () {
        if (this.checked) state.relations.add(r.key); else state.relations.delete(r.key);
        render();
      });
      var sw = el("span", "qg-swatch" + (r.dashes ? " dashed" : ""));
      sw.style.background = r.colour; sw.style.color = r.colour;
      label.appendChild(box); label.appendChild(sw);
      label.appendChild(document.createTextNode(r.label + " (" + (counts[r.key] || 0) + ")"));
      $("qg-relations").appendChild(label);
    });
    legend();
    $("qg-search-form").addEventListener("submit", function (ev) { ev.preventDefault(); search($("qg-search").value); });
    network.on("click", function (p) {
      if (p.nodes.length) showActor(p.nodes[0]);
      else if (p.edges.length) showEdge(parseInt(String(p.edges[0]).slice(1), 10));
    });
    network.on("doubleClick", function (p) { if (p.nodes.length) addNeighbours(p.nodes[0]); });
  }
  function legend() {
    var box = $("qg-legend");
    box.textContent = "";
    if (state.colourBy === "community") {
      box.appendChild(el("div", "qg-muted", "one colour per community (clusters of actors that speak to and about one another)"));
      return;
    }
    DATA.types.forEach(function (t) {
      var row = el("div"), dot = el("span", "qg-dot");
      dot.style.background = t.colour;
      row.appendChild(dot);
      row.appendChild(document.createTextNode(t.label));
      box.appendChild(row);
    });
  }

  setUp();
  state.minWeight = firstMinWeight();
  $("qg-minw").value = state.minWeight;
  performance.mark("qg-controls");
  render();
  performance.mark("qg-rendered");
  if (!last.shown) document.body.dataset.ready = "1";  // nothing to lay out
  // For scripts and tests driving the page: the network, the data and the same actions as the controls.
  window.quotegraph = {
    network: network, nodes: nodes, edges: edges, data: DATA, search: search,
    select: function (id) { var i = DATA.nodes.findIndex(function (n) { return n.id === id; }); if (i >= 0) focusActor(i); return i >= 0; },
    shownActorIds: function () { return nodes.getIds().map(function (i) { return DATA.nodes[i].id; }); },
  };
})();
