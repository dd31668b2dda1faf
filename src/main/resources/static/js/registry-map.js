/*
 * Registry maps (ASM zones, protected areas, licences, applications). No tile server: the areas'
 * boundaries are the base layer. Registry features are loaded only for the box in view, again after
 * each move (debounced, the previous request cancelled), from data-features?bbox=…&layers=…; the
 * server caps them and says when it did, and the map then asks to zoom in.
 *
 * Attributes of the map's element:
 *   data-features  the features URL (required)      data-layers  e.g. "zones,protected" (all when absent)
 *   data-areas     the boundaries GeoJSON URL        data-bounds  "minLon,minLat,maxLon,maxLat" to fit first
 *   data-highlight a feature id to outline in red, e.g. "zones-12"
 *   data-draw      the id of a textarea: clicks on the map add corners to it, one "lon lat" per line;
 *                  what the textarea holds (typed corners or GeoJSON) is drawn as it changes.
 *   data-draw-undo / data-draw-clear  ids of buttons that remove the last corner / all of them
 *   data-text-truncated, data-text-open  the words shown to the user
 * Other registry pages (applications, licences) can use the same script with their own layers.
 */
(function () {
  'use strict';
  if (!window.L) { return; }
  var STYLES = {
    licences: function (p) { return { color: p.status === 'SUSPENDED' ? '#8a8f98' : '#b7791f', weight: 1.5, fillColor: '#d4a017', fillOpacity: 0.35, dashArray: p.status === 'SUSPENDED' ? '4 3' : null }; },
    applications: function () { return { color: '#2b6cb0', weight: 1.5, fillColor: '#63b3ed', fillOpacity: 0.2, dashArray: '5 4' }; },
    zones: function () { return { color: '#2f855a', weight: 2, fillColor: '#9ae6b4', fillOpacity: 0.25 }; },
    protected: function () { return { color: '#22543d', weight: 2, fillColor: '#276749', fillOpacity: 0.35, dashArray: '2 4' }; }
  };
  var ORDER = { protected: 0, zones: 1, licences: 2, applications: 3 };

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }

  function setup(el) {
    var map = L.map(el, { zoomSnap: 0.5, attributionControl: false }).setView([10, 2], 7);
    var areas = L.geoJSON(null, {
      style: function (f) {
        var region = f.properties.level === 1;
        return { color: region ? '#2f4858' : '#7d8b96', weight: region ? 2 : 1, fillColor: '#f7f4ea', fillOpacity: region ? 0.6 : 0, dashArray: region ? null : '3 3', interactive: false };
      }
    }).addTo(map);
    var features = L.geoJSON(null, {
      style: function (f) {
        var s = (STYLES[f.properties.layer] || STYLES.zones)(f.properties);
        if (el.dataset.highlight && f.id === el.dataset.highlight) { s.color = '#c53030'; s.weight = 3; }
        return s;
      },
      onEachFeature: function (f, layer) {
        var p = f.properties;
        layer.bindPopup('<strong>' + esc(p.label) + '</strong>' + (p.status ? '<br>' + esc(p.statusText || p.status) : '')
          + '<br><a href="' + esc(p.href) + '">' + esc(el.dataset.textOpen || 'Open') + '</a>');
      }
    }).addTo(map);
    var note = document.createElement('div');
    note.className = 'muted map-note';
    note.hidden = true;
    el.parentNode.insertBefore(note, el.nextSibling);
    var pending = null, timer = null;

    function load() {
      if (pending) { pending.abort(); }
      pending = new AbortController();
      var b = map.getBounds();
      var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); }).join(',');
      var url = el.dataset.features + '?bbox=' + bbox + (el.dataset.layers ? '&layers=' + encodeURIComponent(el.dataset.layers) : '');
      fetch(url, { credentials: 'same-origin', signal: pending.signal })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) { return; }
          data.features.sort(function (a, b) { return ORDER[a.properties.layer] - ORDER[b.properties.layer]; });
          features.clearLayers();
          features.addData(data);
          note.hidden = !data.truncated;
          note.textContent = data.truncated ? (el.dataset.textTruncated || 'Zoom in to see everything') : '';
        })
        .catch(function () { /* a newer request replaced it */ });
    }

    map.on('moveend', function () { clearTimeout(timer); timer = setTimeout(load, 250); });

    var fitted = false;
    if (el.dataset.bounds) {
      var c = el.dataset.bounds.split(',').map(Number);
      map.fitBounds([[c[1], c[0]], [c[3], c[2]]], { padding: [30, 30], maxZoom: 15 });
      fitted = true;
    }
    if (el.dataset.areas) {
      fetch(el.dataset.areas, { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (data) {
        areas.addData(data);
        if (!fitted && areas.getBounds().isValid()) { map.fitBounds(areas.getBounds().pad(0.05)); } else { load(); }
      });
    } else {
      load();
    }
    if (el.dataset.draw) { drawing(map, el); }
  }

  /* Click-to-add-corner drawing into a textarea; the textarea stays the source of truth. */
  function drawing(map, el) {
    var box = document.getElementById(el.dataset.draw);
    if (!box) { return; }
    var shape = L.layerGroup().addTo(map);
    function corners() {
      var text = box.value.trim();
      if (!text || text.charAt(0) === '{') { return []; }
      return text.split(/\r?\n|;/).map(function (l) { return l.trim().split(/\s*,\s*|\s+/).map(Number); })
        .filter(function (p) { return p.length === 2 && isFinite(p[0]) && isFinite(p[1]); });
    }
    function render() {
      shape.clearLayers();
      var text = box.value.trim();
      if (text.charAt(0) === '{') {
        try { L.geoJSON(JSON.parse(text), { style: { color: '#c53030', weight: 2, fillOpacity: 0.15 } }).addTo(shape); } catch (e) { /* shown on save */ }
        return;
      }
      var pts = corners().map(function (p) { return [p[1], p[0]]; });
      if (pts.length >= 3) { L.polygon(pts, { color: '#c53030', weight: 2, fillOpacity: 0.15 }).addTo(shape); }
      else if (pts.length) { L.polyline(pts, { color: '#c53030', weight: 2 }).addTo(shape); }
      pts.forEach(function (p) { L.circleMarker(p, { radius: 4, color: '#c53030', fillOpacity: 1 }).addTo(shape); });
    }
    function write(list) {
      box.value = list.map(function (p) { return p[0].toFixed(6) + ' ' + p[1].toFixed(6); }).join('\n');
      render();
    }
    map.on('click', function (e) { var list = corners(); list.push([e.latlng.lng, e.latlng.lat]); write(list); });
    box.addEventListener('input', render);
    var undo = el.dataset.drawUndo && document.getElementById(el.dataset.drawUndo);
    if (undo) { undo.addEventListener('click', function () { var list = corners(); list.pop(); write(list); }); }
    var clear = el.dataset.drawClear && document.getElementById(el.dataset.drawClear);
    if (clear) { clear.addEventListener('click', function () { write([]); }); }
    render();
  }

  Array.prototype.forEach.call(document.querySelectorAll('.registry-map'), setup);
})();
