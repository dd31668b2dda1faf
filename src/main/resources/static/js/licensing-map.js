/*
 * The registry's small maps (applications and licences): the administrative areas as the base layer
 * (no tile server), the record's own area, and what the registry holds around it, fetched for the
 * view only (bbox) from the map features endpoint when the page names one. On the new-application
 * page, a click adds a corner: the corners are written to the area field as "lon lat" pairs, which
 * the registry closes into a ring; Undo and Clear edit them. A GeoJSON file chosen in the page is read
 * into the same field.
 */
(function () {
  'use strict';
  var el = document.getElementById('registry-map');
  if (!el || !window.L) { return; }
  var map = L.map(el, { zoomSnap: 0.5, attributionControl: false }).setView([10, 2], 7);
  var base = L.geoJSON(null, { style: { color: '#7d8b96', weight: 1, fillColor: '#f7f4ea', fillOpacity: 0.4 } }).addTo(map);
  if (el.dataset.areas) {
    fetch(el.dataset.areas).then(function (r) { return r.ok ? r.json() : null; }).then(function (g) { if (g) { base.addData(g); } }).catch(function () {});
  }
  var COLOURS = { licences: '#b35c00', applications: '#5b6c8f', zones: '#2a8c82', protected: '#2f7d32' };
  var around = L.geoJSON(null, {
    style: function (f) { var c = COLOURS[f.properties && f.properties.layer] || '#444'; return { color: c, weight: 1, fillOpacity: 0.15 }; },
    onEachFeature: function (f, layer) { if (f.properties && f.properties.label) { layer.bindTooltip(String(f.properties.label)); } }
  }).addTo(map);
  function loadAround() {
    if (!el.dataset.features) { return; }
    var b = map.getBounds();
    var url = el.dataset.features + (el.dataset.features.indexOf('?') < 0 ? '?' : '&') + 'bbox=' +
      [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); }).join(',') +
      '&layers=licences,applications,zones,protected';
    fetch(url).then(function (r) { return r.ok ? r.json() : null; }).then(function (g) {
      around.clearLayers();
      if (g) { around.addData(g); }
    }).catch(function () {});
  }
  map.on('moveend', loadAround);
  var own = L.geoJSON(null, { style: { color: '#c62828', weight: 2, fillOpacity: 0.25 } }).addTo(map);
  if (el.dataset.geometry) {
    try {
      own.addData(JSON.parse(el.dataset.geometry));
      map.fitBounds(own.getBounds(), { maxZoom: 16, padding: [30, 30] });
    } catch (e) { /* the page shows the area's figures anyway */ }
  }
  loadAround();
  var field = el.dataset.draw ? document.getElementById(el.dataset.draw) : null;
  if (!field) { return; }
  var corners = [];
  var drawn = L.polygon([], { color: '#c62828', weight: 2, fillOpacity: 0.2 }).addTo(map);
  var marks = L.layerGroup().addTo(map);
  function show() {
    drawn.setLatLngs(corners.map(function (c) { return [c[1], c[0]]; }));
    marks.clearLayers();
    corners.forEach(function (c) { L.circleMarker([c[1], c[0]], { radius: 4, color: '#c62828' }).addTo(marks); });
    field.value = corners.map(function (c) { return c[0].toFixed(6) + ' ' + c[1].toFixed(6); }).join('; ');
  }
  map.on('click', function (e) { corners.push([e.latlng.lng, e.latlng.lat]); show(); });
  var undo = document.getElementById('draw-undo');
  var clear = document.getElementById('draw-clear');
  if (undo) { undo.addEventListener('click', function () { corners.pop(); show(); }); }
  if (clear) { clear.addEventListener('click', function () { corners = []; show(); }); }
  var file = document.getElementById('area-file');
  if (file) {
    file.addEventListener('change', function () {
      if (!file.files.length) { return; }
      var reader = new FileReader();
      reader.onload = function () {
        field.value = reader.result;
        try {
          own.clearLayers();
          own.addData(JSON.parse(reader.result));
          map.fitBounds(own.getBounds(), { maxZoom: 16, padding: [30, 30] });
        } catch (e) { /* the server says what is wrong with it */ }
      };
      reader.readAsText(file.files[0]);
    });
  }
})();
