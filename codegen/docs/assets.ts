// The site's one stylesheet and one client script, as text written into the output's assets/
// (kept in a module so the built CLI carries them without copying files next to dist/).

export const siteCss = `:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; --bg-code: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); }
header.site { padding: .6rem 1.5rem; border-bottom: 1px solid var(--line); font-weight: 600; }
header.site a { color: var(--fg); text-decoration: none; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
a { color: var(--accent); }
h1 { font-family: ui-monospace, monospace; font-size: 1.6rem; margin-bottom: .2rem; overflow-wrap: anywhere; }
h2 { font-size: 1.15rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 1.8rem; }
h3 { font-size: 1rem; }
.summary { font-size: 1.1rem; color: var(--muted); margin-top: 0; }
.badge { display: inline-block; font-size: .8rem; padding: .05rem .5rem; border: 1px solid var(--line); border-radius: 1rem; }
.badge.supported { border-color: #1a7f37; color: #1a7f37; }
.badge.unsupported, .badge.deprecated { border-color: #cf222e; color: #cf222e; }
pre { background: var(--bg-code); padding: .8rem 1rem; overflow-x: auto; border-radius: 6px; font-size: .9rem; }
pre.shiki { background: var(--bg-code) !important; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
.missing { color: var(--muted); text-decoration: line-through dotted; }
.source { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
.controls { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin: 1rem 0; }
.controls input[type=search] { flex: 1 1 18rem; font-size: 1rem; padding: .4rem .6rem; }
.controls select { font-size: .95rem; padding: .3rem; }
#count { color: var(--muted); }
ul.results { list-style: none; padding: 0; }
ul.results li { padding: .35rem 0; border-bottom: 1px solid var(--line); }
ul.results .name { font-family: ui-monospace, monospace; font-weight: 600; }
ul.results .meta { color: var(--muted); font-size: .8rem; margin-left: .5rem; }
ul.results .desc { display: block; color: var(--muted); font-size: .9rem; }
`;

/** Index page behaviour: search as you type over the prebuilt MiniSearch index, plus filters. */
export const siteJs = `(function () {
  'use strict';
  var data = window.MANBIND_SEARCH;
  var search = MiniSearch.loadJSON(data.index, data.options);
  var input = document.getElementById('search');
  var kind = document.getElementById('kind');
  var protocol = document.getElementById('protocol');
  var version = document.getElementById('version');
  var count = document.getElementById('count');
  var list = document.getElementById('results');
  var items = Array.prototype.slice.call(list.children);
  var byId = new Map(items.map(function (li) { return [li.getAttribute('data-id'), li]; }));

  function parts(v) { return v.split('.').map(function (n) { return parseInt(n, 10) || 0; }); }
  function atOrBefore(v, limit) {
    var a = parts(v), b = parts(limit);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var x = a[i] || 0, y = b[i] || 0;
      if (x !== y) return x < y;
    }
    return true;
  }
  function keep(li) {
    if (kind.value && li.getAttribute('data-kind') !== kind.value) return false;
    if (protocol.value) {
      var protocols = (li.getAttribute('data-protocols') || '').split(',');
      if (protocols.indexOf(protocol.value) === -1) return false;
    }
    if (version.value) {
      var added = li.getAttribute('data-added');
      if (!added || !atOrBefore(added, version.value)) return false;
    }
    return true;
  }
  // An exact name (CURLOPT_URL) first, then an exact base name (URL), then MiniSearch's order:
  // names split at "_" into words, so by score alone a longer name can outrank the one typed.
  function exactness(hit, q) {
    if (hit.name.toLowerCase() === q) return 2;
    return hit.baseName && hit.baseName.toLowerCase() === q ? 1 : 0;
  }
  function ranked(q) {
    var lower = q.toLowerCase();
    return search.search(q)
      .map(function (hit, i) { return { hit: hit, i: i, exact: exactness(hit, lower) }; })
      .sort(function (a, b) { return b.exact - a.exact || a.i - b.i; })
      .map(function (r) { return byId.get(String(r.hit.id)); })
      .filter(Boolean);
  }
  function update() {
    var q = input.value.trim();
    var order = q ? ranked(q) : items;
    var shown = order.filter(keep);
    list.replaceChildren.apply(list, shown);
    count.textContent = shown.length + ' of ' + items.length + ' pages';
  }
  // Enter opens the top hit, as a search box that lists pages is expected to.
  function openTop(event) {
    if (event.key !== 'Enter') return;
    var top = list.querySelector('li a.name');
    if (!top) return;
    event.preventDefault();
    location.href = top.getAttribute('href');
  }
  var params = new URLSearchParams(location.search);
  if (params.get('q')) input.value = params.get('q');
  input.addEventListener('input', update);
  input.addEventListener('keydown', openTop);
  [kind, protocol, version].forEach(function (s) { s.addEventListener('change', update); });
  update();
})();
`;
