/*
 * The public register's map: licence areas only for the part of the map in view. Each move asks the
 * server for the licences whose box meets the view (capped; the note says when some were left out), so
 * a slow link never downloads the whole register. No tile server: the areas are drawn on a plain background.
 */
(function () {
  'use strict';
  var el = document.getElementById('register-map');
  if (!el || !window.L) { return; }
  var note = document.getElementById('register-map-note');
  var COLOURS = { ACTIVE: '#2a8c3f', SUSPENDED: '#d48a17', EXPIRED: '#8a8f98', REVOKED: '#b0303a' };
  var e = el.getAttribute('data-extent').split(',').map(Number);
  var map = L.map(el, { preferCanvas: true, attributionControl: false });
  map.fitBounds([[e[1], e[0]], [e[3], e[2]]]);
  var layer = L.geoJSON(null, {
    style: function (f) { return { color: COLOURS[f.properties.status] || '#444', weight: 1, fillOpacity: 0.35 }; },
    onEachFeature: function (f, l) {
      var p = f.properties;
      l.bindTooltip(p.number + ' · ' + p.category + ' · ' + p.status + ' · ' + p.areaHectares + ' ha' + (p.holder ? ' · ' + p.holder : ''), { sticky: true });
    }
  }).addTo(map);
  var pending = null;
  function load() {
    var b = map.getBounds();
    var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return Math.max(-180, Math.min(180, v)).toFixed(5); });
    bbox[1] = Math.max(-90, bbox[1]); bbox[3] = Math.min(90, bbox[3]);
    var url = el.getAttribute('data-features');
    url += (url.indexOf('?') < 0 ? '?' : '&') + 'bbox=' + bbox.join(',');
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch(url, { signal: pending.signal }).then(function (r) { return r.json(); }).then(function (fc) {
      layer.clearLayers();
      layer.addData(fc);
      note.textContent = (fc.truncated ? el.getAttribute('data-truncated') : el.getAttribute('data-shown')).replace('{0}', fc.shown);
    }).catch(function () { /* a newer request replaced this one */ });
  }
  map.on('moveend', load);
  load();
})();
