/* eventwire map + timeline. Plain JS, no build step.
 *
 * Safety rule: every string that comes from the data (titles, evidence, names, outlets) is put in
 * the page with textContent / text nodes, never as HTML. The helper el() below is the only way this
 * file creates elements, and it has no way to set HTML.
 */
(function () {
  'use strict';

  var TYPE_COLORS = {
    'Battles': '#d1495b',
    'Explosions/Remote violence': '#edae49',
    'Violence against civilians': '#7b2d8b',
    'Protests': '#00798c',
    'Riots': '#30638e',
    'Strategic developments': '#6a994e'
  };
  var OTHER_COLOR = '#888888';
  var MAX_LIMIT = 5000;
  var PRECISION = { 1: 'exact', 2: 'near / approximate', 3: 'region' };
  var TIME_PRECISION = { 1: 'day', 2: 'week', 3: 'month' };

  var state = {
    bins: [],          // [{start: 'YYYY-MM-DD', end: 'YYYY-MM-DD', count: n}]
    countryNames: {},  // ISO3 -> name (from the basemap)
    stats: null,
    request: 0,
    statsKey: '',      // the filters the timeline's counts are for
    lo: 0,             // first day of the time axis (days since 1970-01-01)
    size: 1            // days per bar
  };

  // ---- small DOM helpers (text only) ------------------------------------------------------
  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (children !== undefined && children !== null) append(node, children);
    return node;
  }
  function append(node, children) {
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      node.appendChild(typeof c === 'object' && c.nodeType ? c : document.createTextNode(String(c)));
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function $(id) { return document.getElementById(id); }
  function setStatus(text, isError) {
    var s = $('status');
    s.textContent = text;
    s.classList.toggle('error', !!isError);
  }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }
  function colorOf(type) { return TYPE_COLORS[type] || OTHER_COLOR; }
  function safeHttpUrl(url) {
    try {
      var u = new URL(String(url), window.location.href);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  }

  function getJSON(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          var d = body && body.detail;
          var msg = Array.isArray(d) ? d.map(function (x) { return (x.loc || []).slice(-1)[0] + ': ' + x.msg; }).join('; ') : (d || r.statusText);
          throw new Error(r.status + ' ' + msg);
        });
      }
      return r.json();
    });
  }

  // ---- map ----------------------------------------------------------------------------------
  var map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 18, zoomControl: true }).setView([30, 30], 3);
  var basemapRenderer = L.canvas({ padding: 0.5 });
  var tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18, attribution: '© OpenStreetMap contributors'
  });
  // A cluster shows its count on a pie of the event types inside it (a CSS conic gradient).
  function clusterIcon(cluster) {
    var counts = {};
    var children = cluster.getAllChildMarkers();
    children.forEach(function (m) {
      var c = m.options.fillColor;
      counts[c] = (counts[c] || 0) + 1;
    });
    var stops = [];
    var at = 0;
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).forEach(function (c) {
      var next = at + 360 * counts[c] / children.length;
      stops.push(c + ' ' + at.toFixed(1) + 'deg ' + next.toFixed(1) + 'deg');
      at = next;
    });
    var n = cluster.getChildCount();
    var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
    var inner = el('div', 'ew-cluster', el('span', null, fmt(n)));
    inner.style.background = stops.length > 1 ? 'conic-gradient(' + stops.join(', ') + ')' : (stops.length ? Object.keys(counts)[0] : OTHER_COLOR);
    return L.divIcon({ html: inner, className: 'ew-cluster-icon', iconSize: L.point(size, size) });
  }
  var clusters = L.markerClusterGroup({
    maxClusterRadius: 45, showCoverageOnHover: false, chunkedLoading: true, iconCreateFunction: clusterIcon
  });
  map.addLayer(clusters);
  map.attributionControl.addAttribution('Countries: Natural Earth (public domain)');

  function loadBasemap() {
    return getJSON('static/data/countries.geojson').then(function (gj) {
      L.geoJSON(gj, {
        renderer: basemapRenderer,
        interactive: false,
        style: { color: '#8a8a80', weight: 0.7, fillColor: '#efece3', fillOpacity: 1 }
      }).addTo(map).bringToBack();
      gj.features.forEach(function (f) {
        if (f.properties && f.properties.iso3) state.countryNames[f.properties.iso3] = f.properties.name;
      });
    }).catch(function (e) { setStatus('Basemap not loaded: ' + e.message, true); });
  }

  var legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    var box = el('div', 'legend');
    Object.keys(TYPE_COLORS).forEach(function (t) {
      var sw = el('span', 'swatch');
      sw.style.background = TYPE_COLORS[t];
      append(box, el('div', null, [sw, t]));
    });
    var other = el('span', 'swatch');
    other.style.background = OTHER_COLOR;
    append(box, el('div', null, [other, 'Other / unknown']));
    return box;
  };
  legend.addTo(map);

  function tooltipFor(p) {
    var loc = p.location || {};
    var date = (p.date && p.date.value) || 'undated';
    return el('div', 'ew-tooltip', [
      el('strong', null, p.sub_event_type || p.event_type || 'Event'), el('br'),
      (loc.name || '?') + ' — ' + date
    ]);
  }

  var NORMAL = { radius: 7, weight: 1.2, color: '#222' };
  var SELECTED = { radius: 10, weight: 3, color: '#000' };
  function select(marker) {
    if (state.selected && state.selected !== marker) state.selected.setStyle(NORMAL);
    state.selected = marker;
    state.selectedId = marker ? marker.eventId : null;
    if (marker) marker.setStyle(SELECTED);
  }

  function showEvents(fc) {
    state.selected = null;
    clusters.clearLayers();
    var markers = [];
    var unlocated = 0;
    fc.features.forEach(function (f) {
      if (!f.geometry || f.geometry.type !== 'Point') { unlocated += 1; return; }
      var p = f.properties;
      var c = f.geometry.coordinates;
      var m = L.circleMarker([c[1], c[0]], {
        radius: 7, weight: 1.2, color: '#222', fillColor: colorOf(p.event_type), fillOpacity: 0.9,
        className: 'ew-marker'
      });
      m.eventId = p.id;
      m.bindTooltip(function () { return tooltipFor(p); }, { direction: 'top', offset: [0, -6] });
      m.on('click', function () { select(m); openEvent(p.id); });
      if (p.id === state.selectedId) select(m);
      m.on('add', function () {
        var node = m.getElement();
        if (node) node.setAttribute('data-event-id', String(p.id));
      });
      markers.push(m);
    });
    clusters.addLayers(markers);
    var msg = 'Showing ' + fmt(fc.returned) + ' of ' + fmt(fc.total) + ' events';
    if (fc.total > fc.returned) msg += ' (filter or zoom to see the rest)';
    if (unlocated) msg += '; ' + fmt(unlocated) + ' without a location';
    setStatus(msg);
    return markers.length;
  }

  // ---- filters --------------------------------------------------------------------------------
  function currentQuery() {
    var params = new URLSearchParams();
    [['event_type', 'f-type'], ['country', 'f-country'], ['actor', 'f-actor'], ['q', 'f-q'],
      ['min_confidence', 'f-conf']].forEach(function (pair) {
      var v = $(pair[1]).value.trim();
      if (v) params.set(pair[0], v);
    });
    var range = selectedRange();
    if (range) { params.set('start', range.start); params.set('end', range.end); }
    if ($('f-inview').checked) {
      var b = map.getBounds();
      var clamp = function (v, lo, hi) { return Math.max(lo, Math.min(hi, v)); };
      var w = clamp(b.getWest(), -180, 180), e = clamp(b.getEast(), -180, 180);
      if (b.getEast() - b.getWest() < 360 && w <= e) {
        params.set('bbox', [w, clamp(b.getSouth(), -90, 90), e, clamp(b.getNorth(), -90, 90)]
          .map(function (v) { return v.toFixed(4); }).join(','));
      }
    }
    params.set('limit', String(MAX_LIMIT));
    return params;
  }
  function eventsQuery(params) {
    var p = new URLSearchParams(params);
    p.set('compact', 'true');  // the map needs ids, types, places and dates; the panel fetches the rest
    return p;
  }

  var firstLoad = true;
  function loadEvents() {
    var ticket = ++state.request;
    setStatus('Loading events…');
    var params = currentQuery();
    refreshTimeline(params);
    return getJSON('api/events?' + eventsQuery(params).toString()).then(function (fc) {
      if (ticket !== state.request) return;  // a newer request is on its way
      var n = showEvents(fc);
      if (firstLoad && n > 0) {
        firstLoad = false;
        var bounds = clusters.getBounds();
        if (bounds.isValid()) map.fitBounds(bounds.pad(0.3), { maxZoom: 8, animate: false });
      }
      document.body.setAttribute('data-loaded', 'events');
    }).catch(function (e) { if (ticket === state.request) setStatus('Could not load events: ' + e.message, true); });
  }

  function fillSelect(select, counts, labelOf) {
    Object.keys(counts || {}).filter(function (k) { return k && k !== 'null'; })
      .sort(function (a, b) { return counts[b] - counts[a]; })
      .forEach(function (k) {
        var opt = el('option', null, labelOf(k) + ' (' + fmt(counts[k]) + ')');
        opt.value = k;
        select.appendChild(opt);
      });
  }

  // ---- timeline -------------------------------------------------------------------------------
  function dayNum(iso) { return Math.floor(Date.parse(iso + 'T00:00:00Z') / 86400000); }
  function isoOf(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function buildTimeline(byDay) {
    var days = Object.keys(byDay || {}).filter(function (d) { return /^\d{4}-\d{2}-\d{2}$/.test(d); });
    var bars = $('tl-bars');
    clear(bars);
    state.bins = [];
    if (!days.length) { $('tl-range').textContent = 'no dated events'; return; }
    var nums = days.map(dayNum);
    var lo = Math.min.apply(null, nums), hi = Math.max.apply(null, nums);
    var size = Math.max(1, Math.ceil((hi - lo + 1) / 160));
    var nbins = Math.floor((hi - lo) / size) + 1;
    state.lo = lo;
    state.size = size;
    for (var i = 0; i < nbins; i++) {
      state.bins.push({ start: isoOf(lo + i * size), end: isoOf(Math.min(hi, lo + i * size + size - 1)), count: 0 });
    }
    state.bins.forEach(function (b, idx) {
      var bar = el('div', 'bar');
      bar.addEventListener('click', function () { setRange(idx, idx); loadEvents(); });
      bars.appendChild(bar);
    });
    ['tl-start', 'tl-end'].forEach(function (id) { $(id).max = String(nbins - 1); });
    paintBars(byDay, false);
    setRange(0, nbins - 1);
  }

  // Bar heights from a by_day table; the bins (the time axis) stay those of all events.
  function paintBars(byDay, filtered) {
    if (!state.bins.length) return;
    state.bins.forEach(function (b) { b.count = 0; });
    Object.keys(byDay || {}).forEach(function (d) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return;
      var i = Math.floor((dayNum(d) - state.lo) / state.size);
      if (i >= 0 && i < state.bins.length) state.bins[i].count += byDay[d];
    });
    var max = Math.max(1, Math.max.apply(null, state.bins.map(function (b) { return b.count; })));
    var bars = $('tl-bars').children;
    state.bins.forEach(function (b, idx) {
      var bar = bars[idx];
      bar.style.height = (b.count ? Math.max(4, Math.round(100 * b.count / max)) : 0) + '%';
      bar.title = (b.start === b.end ? b.start : b.start + ' – ' + b.end) + ': ' + fmt(b.count) + ' events';
    });
    $('tl-title').textContent = 'Events per ' + (state.size === 1 ? 'day' : state.size + ' days') +
      (filtered ? ' (matching the filters)' : ' (all events)');
  }

  // Re-count the timeline when the non-date filters change.
  function refreshTimeline(params) {
    var p = new URLSearchParams(params);
    p.delete('start'); p.delete('end'); p.delete('limit');
    var key = p.toString();
    if (key === state.statsKey) return;
    state.statsKey = key;
    if (!key) {
      if (state.stats) { state.undated = state.stats.undated || 0; paintBars(state.stats.by_day, false); paintRange(); }
      return;
    }
    getJSON('api/stats?' + key).then(function (st) {
      if (state.statsKey === key) { state.undated = st.undated || 0; paintBars(st.by_day, true); paintRange(); }
    }).catch(function () { /* the timeline keeps its last counts */ });
  }

  function setRange(a, b) {
    $('tl-start').value = String(Math.min(a, b));
    $('tl-end').value = String(Math.max(a, b));
    paintRange();
  }

  function selectedRange() {
    if (!state.bins.length) return null;
    var a = Number($('tl-start').value), b = Number($('tl-end').value);
    var s = Math.min(a, b), e = Math.max(a, b);
    if (s === 0 && e === state.bins.length - 1) return null;  // everything, undated events included
    return { start: state.bins[s].start, end: state.bins[e].end };
  }

  function paintRange() {
    var a = Number($('tl-start').value), b = Number($('tl-end').value);
    var s = Math.min(a, b), e = Math.max(a, b);
    Array.prototype.forEach.call($('tl-bars').children, function (bar, i) {
      bar.classList.toggle('in', i >= s && i <= e);
    });
    var r = selectedRange();
    $('tl-range').textContent = state.bins.length
      ? (r ? r.start + ' → ' + r.end : state.bins[0].start + ' → ' + state.bins[state.bins.length - 1].end +
        (state.undated ? ' (all, ' + fmt(state.undated) + ' undated)' : ' (all)'))
      : '';
  }

  var rangeTimer = null;
  function onSlide() {
    paintRange();
    clearTimeout(rangeTimer);
    rangeTimer = setTimeout(loadEvents, 300);
  }

  // ---- side panel ---------------------------------------------------------------------------
  function actorText(a) {
    if (!a) return null;
    return a.name + (a.text && a.text !== a.name ? ' (“' + a.text + '”)' : '');
  }
  function row(dl, label, value) {
    if (value === null || value === undefined || value === '') return;
    append(dl, [el('dt', null, label), el('dd', null, value)]);
  }

  function evidenceNode(ev) {
    return el('div', 'evidence', el('mark', null, (ev && ev.text) || ''));
  }

  function articleNode(article, ev) {
    var box = el('div', 'article-text');
    var text = String(article.text || '');
    var s = ev && Number.isInteger(ev.start) ? ev.start : -1;
    var e = ev && Number.isInteger(ev.end) ? ev.end : -1;
    if (s < 0 || e <= s || e > text.length) {
      var found = ev && ev.text ? text.indexOf(ev.text) : -1;
      if (found >= 0) { s = found; e = found + ev.text.length; }
    }
    var mark = null;
    var about = article.main_event;
    if (about && (about.location || about.date)) {
      var where = about.location ? [about.location.name || about.location.text, about.location.admin1, about.country]
        .filter(function (x) { return x; }).join(', ') : (about.country || '');
      var when = about.date ? (about.date.value || about.date.year || '') : '';
      box.appendChild(el('div', 'about', 'The article is about an event in ' + (where || 'an unknown place') +
        (when ? ', on ' + when : '')));
    }
    var viol = about && about.violation;
    if (viol) {
      var names = (viol.victims || []).map(function (v) { return v.name; }).filter(function (x) { return x; });
      var who = [];
      if (viol.violation_types && viol.violation_types.length) who.push(viol.violation_types.join(', '));
      who.push('by ' + (viol.perpetrator || viol.perpetrator_type || 'an unnamed perpetrator'));
      if (names.length) who.push('of ' + names.join(', '));
      box.appendChild(el('div', 'about', 'What was done: ' + who.join(' ')));
    }
    if (s >= 0 && e > s) {
      mark = el('mark', null, text.slice(s, e));
      append(box, [text.slice(0, s), mark, text.slice(e)]);
    } else {
      append(box, text);
    }
    return { node: box, mark: mark };
  }

  function reportNode(rep) {
    var box = el('div', 'report');
    var title = rep.article_title || rep.title || rep.article_id || 'Untitled article';
    var url = rep.url || rep.article_url;
    var safe = url ? safeHttpUrl(url) : null;
    var titleNode = el('div', 'rtitle');
    if (safe) {
      var a = el('a', null, title);
      a.href = safe;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      titleNode.appendChild(a);
    } else {
      append(titleNode, title);
    }
    var meta = [];
    if (rep.outlet) meta.push(rep.outlet);
    if (rep.published) meta.push(rep.published);
    if (rep.section) meta.push('section: ' + rep.section);
    append(box, [titleNode, meta.length ? el('div', 'rmeta', meta.join(' · ')) : null, evidenceNode(rep.evidence)]);
    if (rep.article_id) {
      var btn = el('button', null, 'Show in article');
      btn.type = 'button';
      btn.addEventListener('click', function () {
        btn.disabled = true;
        getJSON('api/articles/' + encodeURIComponent(rep.article_id)).then(function (article) {
          var shown = articleNode(article, rep.evidence);
          btn.replaceWith(shown.node);
          if (shown.mark) shown.mark.scrollIntoView({ block: 'center' });
        }).catch(function (e) { btn.disabled = false; btn.textContent = 'Article not available (' + e.message + ')'; });
      });
      box.appendChild(btn);
    }
    return box;
  }

  function renderEvent(ev) {
    var body = $('panel-body');
    clear(body);
    var loc = ev.location || {};
    var date = ev.date || {};
    var fat = ev.fatalities || {};
    var tags = el('div');
    if (ev.background) append(tags, el('span', 'tag bg', 'background'));
    if (ev.section && ev.section !== 'body') append(tags, el('span', 'tag', ev.section));
    append(body, [el('h2', null, ev.sub_event_type || ev.event_type || 'Event'),
      el('div', 'etype', [ev.event_type || '', ev.disorder_type ? ' · ' + ev.disorder_type : '']), tags]);
    var dl = el('dl');
    row(dl, 'Date', date.value ? date.value + (date.precision ? ' (' + (TIME_PRECISION[date.precision] || date.precision) + ')' : '') : 'unknown');
    row(dl, 'Place', [loc.name, loc.admin2, loc.admin1, loc.country].filter(Boolean).join(', ') || 'unknown');
    if (loc.geo_precision) row(dl, 'Precision', PRECISION[loc.geo_precision] || String(loc.geo_precision));
    row(dl, 'Actor 1', actorText(ev.actor1));
    (ev.assoc_actor_1 || []).forEach(function (a) { row(dl, 'with', actorText(a)); });
    row(dl, 'Actor 2', actorText(ev.actor2));
    (ev.assoc_actor_2 || []).forEach(function (a) { row(dl, 'with', actorText(a)); });
    if (fat && (fat.count || fat.text)) {
      row(dl, 'Fatalities', String(fat.count || 0) + (fat.claimed_by ? ' (claimed by ' + fat.claimed_by + ')' : ''));
    }
    if (typeof ev.confidence === 'number') row(dl, 'Confidence', ev.confidence.toFixed(2));
    if (Array.isArray(ev.outlets) && ev.outlets.length) row(dl, 'Outlets', ev.outlets.join(', '));
    body.appendChild(dl);
    var reports = Array.isArray(ev.reports) ? ev.reports : [];
    append(body, el('h3', null, 'Sources (' + (reports.length || ev.sources || 0) + ')'));
    if (reports.length) {
      reports.forEach(function (r) { body.appendChild(reportNode(r)); });
    } else if (ev.evidence) {
      body.appendChild(evidenceNode(ev.evidence));
    }
    if (Array.isArray(ev.explanation) && ev.explanation.length) {
      append(body, [el('h3', null, 'Why these reports are one event'),
        el('ul', 'explain', ev.explanation.map(function (t) { return el('li', null, t); }))]);
    }
    body.setAttribute('data-event-id', String(ev.id));
  }

  function openEvent(id) {
    var panel = $('panel');
    panel.hidden = false;
    var body = $('panel-body');
    clear(body);
    append(body, el('p', null, 'Loading…'));
    map.invalidateSize();
    return getJSON('api/events/' + encodeURIComponent(id)).then(renderEvent).catch(function (e) {
      clear(body);
      append(body, el('p', null, 'Could not load this event: ' + e.message));
    });
  }

  // ---- wiring -------------------------------------------------------------------------------
  $('filters').addEventListener('submit', function (e) { e.preventDefault(); loadEvents(); });
  $('f-type').addEventListener('change', loadEvents);
  $('f-country').addEventListener('change', loadEvents);
  $('f-conf').addEventListener('change', loadEvents);
  $('f-reset').addEventListener('click', function () {
    $('f-type').value = ''; $('f-country').value = ''; $('f-actor').value = ''; $('f-q').value = '';
    $('f-conf').value = '';
    $('f-inview').checked = false;
    if (state.bins.length) setRange(0, state.bins.length - 1);
    loadEvents();
  });
  $('f-inview').addEventListener('change', loadEvents);
  map.on('moveend', function () { if ($('f-inview').checked) loadEvents(); });
  $('f-tiles').addEventListener('change', function (e) {
    if (e.target.checked) tiles.addTo(map); else map.removeLayer(tiles);
  });
  $('tl-start').addEventListener('input', onSlide);
  $('tl-end').addEventListener('input', onSlide);
  $('tl-all').addEventListener('click', function () {
    if (state.bins.length) { setRange(0, state.bins.length - 1); loadEvents(); }
  });
  $('panel-close').addEventListener('click', function () {
    $('panel').hidden = true;
    select(null);
    map.invalidateSize();
  });

  var basemapReady = loadBasemap();
  getJSON('api/stats').then(function (stats) {
    state.stats = stats;
    state.undated = stats.undated || 0;
    fillSelect($('f-type'), stats.by_type, function (k) { return k; });
    buildTimeline(stats.by_day);
    return basemapReady.then(function () {
      fillSelect($('f-country'), stats.by_country, function (k) {
        return state.countryNames[k] ? state.countryNames[k] + ' (' + k + ')' : k;
      });
    });
  }).catch(function (e) { setStatus('Could not load stats: ' + e.message, true); })
    .then(loadEvents);

  // for debugging and for the browser test
  window.eventwire = { map: map, clusters: clusters, openEvent: openEvent, loadEvents: loadEvents };
})();
