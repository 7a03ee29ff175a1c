// copydesk report: tables and charts drawn from the JSON in #report-data (see ReportData.java).
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("report-data").textContent);
  var A = D.articles, G = D.groups, S = D.stories, sum = D.summary;
  var PAGE = 200;
  var charts = {};

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function score(x) { return x === null ? "" : Number(x).toFixed(2); }
  function art(r) { return { id: A[r][0], title: A[r][1], outlet: A[r][2], date: A[r][3], ms: A[r][4] }; }
  function short(s, n) { return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }

  // ---- summary
  document.getElementById("subtitle").textContent = sum.title;
  var facts = [
    ["articles", fmt(sum.articles)], ["outlets", fmt(sum.outlets)],
    ["duplicate groups", fmt(sum.groups)], ["articles in groups", fmt(sum.inGroups)],
    ["unique after dedup", fmt(sum.unique)], ["duplicate pairs", fmt(sum.pairs)],
    ["candidate pairs verified", fmt(sum.candidates)],
    ["storylines of 2+ articles", fmt(sum.stories)], ["events of 2+ articles", fmt(sum.events)],
    ["single-article storylines", fmt(sum.singletons)],
    ["duplicate if", "Jaccard \u2265 " + sum.jaccard + " or containment \u2265 " + sum.containment
      + (sum.figures ? ", and half the figures agree" : "")],
    ["LSH banding", sum.exact ? "none (exact)" : sum.bands + " bands \u00d7 " + sum.rows + " rows of " + sum.hashes + " hashes"],
    ["shingle", sum.shingle + " words"], ["merge thresholds", "event " + score(sum.eventThreshold) + ", storyline " + score(sum.storylineThreshold)],
    ["dated articles", fmt(sum.dated)], ["dates", sum.from ? sum.from + " \u2013 " + sum.to : "none"]
  ];
  var dl = document.getElementById("summary-list");
  facts.forEach(function (f) { var d = el("div"); d.appendChild(el("dt", null, f[0])); d.appendChild(el("dd", null, f[1])); dl.appendChild(d); });

  // ---- sortable, filterable tables with expandable rows
  function table(id, rows, detail) {
    var tableEl = document.getElementById(id + "-table"), body = tableEl.tBodies[0];
    var filter = document.getElementById(id + "-filter"), count = document.getElementById(id + "-count");
    var more = document.getElementById(id + "-more");
    var state = { rows: rows, shown: rows, limit: PAGE, key: null, dir: 1 };
    function render() {
      body.textContent = "";
      state.shown.slice(0, state.limit).forEach(function (row) {
        var tr = el("tr", { "class": "item" });
        row.cells.forEach(function (c, i) {
          tr.appendChild(el("td", row.num && row.num[i] ? { "class": "num" } : String(c).length < 24 ? { "class": "short" } : null, c));
        });
        if (detail) {
          tr.addEventListener("click", function () {
            var next = tr.nextSibling;
            if (next && next.classList.contains("detail")) { body.removeChild(next); return; }
            var d = el("tr", { "class": "detail" }), td = el("td", { colspan: String(row.cells.length) });
            detail(row, td);
            d.appendChild(td);
            body.insertBefore(d, tr.nextSibling);
          });
        }
        body.appendChild(tr);
      });
      if (count) count.textContent = state.shown.length === state.rows.length ? fmt(state.rows.length) + " rows"
        : fmt(state.shown.length) + " of " + fmt(state.rows.length) + " rows";
      if (more) more.hidden = state.shown.length <= state.limit;
    }
    function apply() {
      var terms = filter ? filter.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
      state.shown = state.rows.filter(function (r) { return terms.every(function (t) { return r.text.indexOf(t) >= 0; }); });
      if (state.key !== null) {
        var k = state.key, dir = state.dir, num = state.num;
        state.shown = state.shown.slice().sort(function (x, y) {
          var a = x.cells[k], b = y.cells[k];
          if (num) { a = a === "" ? -Infinity : Number(a); b = b === "" ? -Infinity : Number(b); }
          return (a < b ? -1 : a > b ? 1 : 0) * dir;
        });
      }
      state.limit = PAGE;
      render();
    }
    Array.prototype.forEach.call(tableEl.tHead.rows[0].cells, function (th) {
      th.addEventListener("click", function () {
        var k = Number(th.getAttribute("data-key"));
        state.dir = state.key === k ? -state.dir : (th.getAttribute("data-type") === "num" ? -1 : 1);
        state.key = k;
        state.num = th.getAttribute("data-type") === "num";
        Array.prototype.forEach.call(tableEl.tHead.rows[0].cells, function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(state.dir > 0 ? "asc" : "desc");
        apply();
      });
    });
    if (filter) filter.addEventListener("input", apply);
    if (more) more.addEventListener("click", function () { state.limit += PAGE; render(); });
    apply();
    return state;
  }

  function memberList(parent, refs, scores) {
    var ul = el("ul");
    refs.forEach(function (r, i) {
      var a = art(r), li = el("li", i === 0 && scores ? { "class": "canon" } : null);
      var s = scores ? (i === 0 ? "canonical  " : "J " + score(scores[i][0]) + "  C " + score(scores[i][1]) + "  ") : "";
      li.textContent = s + (a.date || "no date") + "  \u00b7  " + a.outlet + "  \u00b7  " + (a.title || "(no title)") + "  ";
      li.appendChild(el("span", { "class": "muted" }, a.id));
      ul.appendChild(li);
    });
    parent.appendChild(ul);
  }
  function groupDetail(g, parent, heading) {
    if (heading) parent.appendChild(el("h4", null, "duplicate group " + (g + 1) + " (" + G[g].length + " copies)"));
    memberList(parent, G[g].map(function (m) { return m[0]; }), G[g].map(function (m) { return [m[1], m[2]]; }));
  }

  function storyRefs(s) {
    var refs = [];
    s.events.forEach(function (e) { e.groups.forEach(function (g) { G[g].forEach(function (m) { refs.push(m[0]); }); }); e.loose.forEach(function (r) { refs.push(r); }); });
    return refs;
  }
  function span(refs) {
    var ms = refs.filter(function (r) { return A[r][4] !== null; }).sort(function (x, y) { return A[x][4] - A[y][4]; });
    return ms.length ? [A[ms[0]][3], A[ms[ms.length - 1]][3]] : ["", ""];
  }
  function words(refs) {
    return refs.map(function (r) { return A[r][0] + " " + A[r][1] + " " + A[r][2]; }).join(" ");
  }

  var storyRows = S.map(function (s, i) {
    var refs = storyRefs(s), outlets = {}, groups = 0, d = span(refs);
    refs.forEach(function (r) { outlets[A[r][2]] = 1; });
    s.events.forEach(function (e) { groups += e.groups.length; });
    return { story: s, num: [1, 1, 1, 1, 1], cells: [s.number, s.size, s.events.length, groups, Object.keys(outlets).length, d[0], d[1], s.label, A[s.canonical][1]],
      text: (s.label + " " + words(refs)).toLowerCase() };
  });
  document.getElementById("stories-note").textContent = "Storylines (threads of events over days to months) of two or more articles, "
    + "largest first, numbered as cluster --level storyline prints them (" + fmt(sum.singletons) + " single-article storylines are only "
    + "counted). Click a row for its events, their duplicate groups and articles; click a heading to sort.";
  table("stories", storyRows, function (row, td) {
    row.story.events.forEach(function (e) {
      var n = e.loose.length; e.groups.forEach(function (g) { n += G[g].length; });
      td.appendChild(el("h4", null, "event " + e.number + ": " + e.label + " (" + n + (n === 1 ? " article)" : " articles)")));
      e.groups.forEach(function (g) { groupDetail(g, td, true); });
      if (e.loose.length) { td.appendChild(el("h4", null, "other coverage (" + e.loose.length + ")")); memberList(td, e.loose, null); }
    });
  });

  var groupRows = G.map(function (g, i) {
    var c = art(g[0][0]), outlets = {}, minJ = 1, minC = 1;
    g.forEach(function (m, k) { outlets[A[m[0]][2]] = 1; if (k > 0) { minJ = Math.min(minJ, m[1]); minC = Math.min(minC, m[2]); } });
    return { group: i, num: [1, 1, 1, 1, 1], cells: [i + 1, g.length, Object.keys(outlets).length, score(minJ), score(minC), c.date, c.outlet, c.title],
      text: words(g.map(function (m) { return m[0]; })).toLowerCase() };
  });
  table("groups", groupRows, function (row, td) { groupDetail(row.group, td, false); });

  table("syndication", D.syndication.map(function (e) { return { num: [0, 0, 1], cells: e, text: (e[0] + " " + e[1]).toLowerCase() }; }), null);

  // ---- charts
  function chart(id, option, empty) {
    var c = echarts.init(document.getElementById(id), null, { renderer: "canvas" });
    option.animation = false;
    if (empty) option.graphic = [{ type: "text", left: "center", top: "middle", style: { text: empty, fontSize: 14, fill: "#5b6b7c" } }];
    c.setOption(option);
    charts[id] = c;
  }
  var binLabels = D.jaccardBins.map(function (_, i) { return (i / D.jaccardBins.length).toFixed(2); });
  function binOf(x) { return binLabels[Math.min(binLabels.length - 1, Math.floor(x * binLabels.length))]; }
  function histogram(id, name, bins, threshold) {
    var total = bins.reduce(function (x, y) { return x + y; }, 0);
    chart(id, {
      title: { text: name + " of " + fmt(total) + " candidate pairs", textStyle: { fontSize: 13 } },
      tooltip: { trigger: "axis" }, grid: { left: 60, right: 20, top: 40, bottom: 40 },
      xAxis: { type: "category", data: binLabels, name: name, nameLocation: "middle", nameGap: 26 },
      yAxis: { type: "value", name: "pairs" },
      series: [{ type: "bar", name: "pairs", data: bins, itemStyle: { color: "#2c6fbb" },
        markLine: { symbol: "none", lineStyle: { color: "#c0392b", type: "dashed" }, label: { formatter: "threshold " + threshold },
          data: [{ xAxis: binOf(threshold) }] } }]
    }, total === 0 ? "no candidate pairs" : null);
  }
  histogram("chart-jaccard", "Jaccard", D.jaccardBins, sum.jaccard);
  histogram("chart-containment", "containment", D.containmentBins, sum.containment);
  document.getElementById("scores-note").textContent = "Every candidate pair (from LSH bands or shared anchor shingles) is scored exactly; "
    + "pairs at or above a threshold are duplicates (containment counts when the smaller article has at least "
    + sum.minContained + " shingles)" + (sum.figures ? ", unless their figures differ (one template filled in with other numbers)" : "")
    + ". The S-curve is the chance that a pair of a given Jaccard similarity becomes an LSH candidate.";
  chart("chart-scurve", {
    title: { text: "LSH S-curve: " + sum.bands + " bands \u00d7 " + sum.rows + " rows", textStyle: { fontSize: 13 } },
    tooltip: { trigger: "axis" }, grid: { left: 60, right: 30, top: 40, bottom: 40 },
    xAxis: { type: "value", min: 0, max: 1, name: "Jaccard", nameLocation: "middle", nameGap: 26 },
    yAxis: { type: "value", min: 0, max: 1, name: "P(candidate)" },
    series: [{ type: "line", showSymbol: false, data: D.sCurve, lineStyle: { width: 2, color: "#2c6fbb" },
      markLine: { symbol: "none", lineStyle: { color: "#c0392b", type: "dashed" }, label: { formatter: "threshold " + sum.jaccard },
        data: [{ xAxis: sum.jaccard }] } }]
  }, sum.exact ? "exact mode: every pair compared, no LSH" : null);

  chart("chart-sizes", {
    title: { text: "events and storylines by size (articles)", textStyle: { fontSize: 13 } },
    tooltip: { trigger: "axis" }, legend: { top: 20, right: 0 }, grid: { left: 60, right: 20, top: 50, bottom: 40 },
    xAxis: { type: "category", data: D.storySizes.map(function (s) { return String(s[0]); }), name: "articles", nameLocation: "middle", nameGap: 26 },
    yAxis: { type: "log", name: "count", min: 1 },
    series: [
      { type: "bar", name: "events", data: D.storySizes.map(function (s) { return s[1] || null; }), itemStyle: { color: "#2c6fbb" } },
      { type: "bar", name: "storylines", data: D.storySizes.map(function (s) { return s[2] || null; }), itemStyle: { color: "#e67e22" } }]
  });

  var topOutlets = D.outlets.slice(0, 25).reverse();
  chart("chart-outlets", {
    title: { text: "articles per outlet (" + Math.min(25, D.outlets.length) + " of " + D.outlets.length + ")", textStyle: { fontSize: 13 } },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } }, legend: { top: 20, right: 0 },
    grid: { left: 140, right: 20, top: 50, bottom: 30 },
    xAxis: { type: "value" },
    yAxis: { type: "category", data: topOutlets.map(function (o) { return short(o[0], 22); }), axisLabel: { fontSize: 11 } },
    series: [
      { type: "bar", stack: "a", name: "canonical copies", data: topOutlets.map(function (o) { return o[2]; }), itemStyle: { color: "#2c6fbb" } },
      { type: "bar", stack: "a", name: "copies of another", data: topOutlets.map(function (o) { return o[3]; }), itemStyle: { color: "#e67e22" } },
      { type: "bar", stack: "a", name: "in no group", data: topOutlets.map(function (o) { return o[1] - o[2] - o[3]; }), itemStyle: { color: "#b8c4d0" } }]
  });

  // timeline: one lane per storyline, articles as points
  var lanes = S.slice(0, Math.min(S.length, 30)).map(function (s) { return "#" + s.number + " " + short(s.label, 34); });
  chart("chart-timeline", {
    tooltip: { trigger: "item", formatter: function (p) { var a = art(p.value[2]); return a.date + "<br>" + echarts.format.encodeHTML(a.outlet + ": " + a.title); } },
    grid: { left: 250, right: 30, top: 20, bottom: 60 },
    xAxis: { type: "time" },
    yAxis: { type: "category", data: lanes, inverse: true, axisLabel: { fontSize: 11 } },
    dataZoom: [{ type: "slider", xAxisIndex: 0, bottom: 10 }, { type: "inside", xAxisIndex: 0 }],
    series: [{ type: "scatter", symbolSize: 8, itemStyle: { color: "#2c6fbb", opacity: 0.7 },
      data: D.timeline.map(function (t) { return [A[t[1]][4], t[0], t[1]]; }) }]
  }, D.timeline.length === 0 ? "no dated stories of two or more articles" : null);

  var edges = D.syndication.slice(0, 80), nodes = {};
  edges.forEach(function (e) { nodes[e[0]] = (nodes[e[0]] || 0) + e[2]; nodes[e[1]] = (nodes[e[1]] || 0) + e[2]; });
  var maxEdge = edges.length ? edges[0][2] : 1;
  chart("chart-syndication", {
    tooltip: { formatter: function (p) { return p.dataType === "edge" ? echarts.format.encodeHTML(p.data.source + " \u2192 " + p.data.target) + ": " + p.data.value + " copies" : echarts.format.encodeHTML(p.name); } },
    series: [{ type: "graph", layout: "circular", circular: { rotateLabel: true }, roam: true,
      label: { show: true, position: "right", fontSize: 11 }, edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7,
      data: Object.keys(nodes).sort().map(function (n) { return { name: n, symbolSize: 6 + 14 * Math.sqrt(nodes[n] / (2 * maxEdge)), itemStyle: { color: "#2c6fbb" } }; }),
      links: edges.filter(function (e) { return e[0] !== e[1]; }).map(function (e) {
        return { source: e[0], target: e[1], value: e[2], lineStyle: { width: 0.5 + 5 * e[2] / maxEdge, opacity: 0.55, curveness: 0.2, color: "#e67e22" } }; })
    }]
  }, edges.length === 0 ? "no duplicate groups" : null);

  var cleaning = D.cleaning ? D.cleaning.slice().sort(function (x, y) { return y[1] - x[1] || (x[0] < y[0] ? -1 : 1); }).slice(0, 30).reverse() : [];
  document.getElementById("cleaning-note").textContent = D.cleaning
    ? "Share of each outlet's body text removed as page furniture before hashing (bylines, share prompts, link lists, lines repeated across the outlet); the " + cleaning.length + " outlets with the most articles."
    : "Not available: an index does not keep article texts.";
  chart("chart-cleaning", {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: function (ps) { var c = cleaning[ps[0].dataIndex];
      return echarts.format.encodeHTML(c[0]) + "<br>" + fmt(c[1]) + " articles, " + fmt(c[4]) + " lines removed<br>" + (100 * c[3] / Math.max(1, c[2])).toFixed(1) + "% of the text"; } },
    grid: { left: 140, right: 30, top: 10, bottom: 30 },
    xAxis: { type: "value", name: "% removed", axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: cleaning.map(function (c) { return short(c[0], 22); }), axisLabel: { fontSize: 11 } },
    series: [{ type: "bar", data: cleaning.map(function (c) { return Number((100 * c[3] / Math.max(1, c[2])).toFixed(2)); }), itemStyle: { color: "#8e44ad" } }]
  }, D.cleaning ? null : "not available for an index");

  window.addEventListener("resize", function () { for (var k in charts) charts[k].resize(); });

  // ---- self-test for the browser test (report.html#selftest): charts drawn, a filter works, no errors
  if (location.hash === "#selftest") {
    var out = { charts: {}, errors: window.copydeskErrors };
    Object.keys(charts).forEach(function (id) {
      var canvas = document.getElementById(id).querySelector("canvas"), inked = 0;
      if (canvas) {
        var px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        for (var i = 3; i < px.length; i += 4) if (px[i] > 0) inked++;
      }
      out.charts[id] = { canvas: !!canvas, inkedPixels: inked, series: charts[id].getOption().series.length };
    });
    var f = document.getElementById("stories-filter"), rows = document.getElementById("stories-table").tBodies[0];
    var before = rows.rows.length, term = S.length ? S[S.length - 1].label.split(/\s+/)[0] : "";
    f.value = term; f.dispatchEvent(new Event("input"));
    var after = Array.prototype.map.call(rows.rows, function (r) { return r.textContent; });
    out.filter = { term: term, before: before, after: after.length };
    rows.rows[0] && rows.rows[0].click();
    out.expanded = rows.querySelectorAll("tr.detail li").length;
    f.value = ""; f.dispatchEvent(new Event("input"));
    var pre = document.getElementById("selftest");
    pre.textContent = JSON.stringify(out);
    pre.hidden = false;
  }
})();
