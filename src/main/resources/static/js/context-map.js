/*
 * The mine-site map (step 1.3): area boundaries as the base layer (no tile server), sites as circle
 * markers coloured by commodity, filtered in the browser, and grouped in a simple grid by zoom level
 * so that thousands of sites stay readable and fast: sites whose screen positions fall in the same
 * 56-pixel cell become one numbered circle; clicking it zooms in.
 */
(function () {
  'use strict';
  var el = document.getElementById('site-map');
  if (!el || !window.L) { return; }
  var cfg = window.OPENASM_MAP || { commodities: {}, text: {} };
  var COLOURS = {
    GOLD: '#d4a017', TIN_TANTALUM_TUNGSTEN: '#5b6c8f', DIAMONDS: '#7fb8d6', COLOURED_GEMSTONES: '#b0307a',
    COBALT_COPPER: '#2a8c82', DEVELOPMENT_MINERALS: '#9a6b3f', SALT: '#8a8f98', OTHER: '#444'
  };
  var CELL = 56;
  var map = L.map(el, { preferCanvas: true, zoomSnap: 0.5, attributionControl: false }).setView([10, 2], 7);
  var areasLayer = L.geoJSON(null, {
    style: function (f) {
      var region = f.properties.level === 1;
      return { color: region ? '#2f4858' : '#7d8b96', weight: region ? 2 : 1, fillColor: '#f7f4ea', fillOpacity: region ? 0.6 : 0, dashArray: region ? null : '3 3' };
    },
    onEachFeature: function (f, layer) { layer.bindTooltip(f.properties.name, { sticky: true }); }
  }).addTo(map);
  var siteLayer = L.layerGroup().addTo(map);
  var sites = [];
  var form = document.getElementById('map-filters');
  var count = document.getElementById('map-count');

  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }

  function filtered() {
    var c = form.commodity.value, d = form.depositType.value, l = form.legalStatus.value;
    return sites.filter(function (s) {
      var p = s.properties;
      return (!c || p.commodity === c) && (!d || p.depositType === d) && (!l || p.legalStatus === l);
    });
  }

  function draw() {
    siteLayer.clearLayers();
    var shown = filtered();
    var zoom = map.getZoom();
    var cells = {};
    shown.forEach(function (s) {
      var ll = L.latLng(s.geometry.coordinates[1], s.geometry.coordinates[0]);
      var pt = map.project(ll, zoom);
      var key = Math.floor(pt.x / CELL) + ':' + Math.floor(pt.y / CELL);
      (cells[key] = cells[key] || []).push({ site: s, ll: ll });
    });
    Object.keys(cells).forEach(function (key) {
      var group = cells[key];
      if (group.length === 1 || zoom >= 13) {
        group.forEach(function (g) { siteLayer.addLayer(marker(g.site, g.ll)); });
        return;
      }
      var lat = 0, lng = 0, byCommodity = {};
      group.forEach(function (g) {
        lat += g.ll.lat; lng += g.ll.lng;
        byCommodity[g.site.properties.commodity] = (byCommodity[g.site.properties.commodity] || 0) + 1;
      });
      var main = Object.keys(byCommodity).sort(function (a, b) { return byCommodity[b] - byCommodity[a]; })[0];
      var centre = L.latLng(lat / group.length, lng / group.length);
      var radius = Math.min(26, 9 + Math.sqrt(group.length) * 2);
      var circle = L.circleMarker(centre, { radius: radius, color: '#fff', weight: 2, fillColor: COLOURS[main] || '#444', fillOpacity: 0.85 });
      circle.bindTooltip(String(group.length), { permanent: true, direction: 'center', className: 'cluster-label' });
      circle.on('click', function () {
        var bounds = L.latLngBounds(group.map(function (g) { return g.ll; }));
        map.fitBounds(bounds.pad(0.3), { maxZoom: Math.max(zoom + 2, map.getBoundsZoom(bounds)) });
      });
      siteLayer.addLayer(circle);
    });
    count.textContent = shown.length + ' / ' + sites.length + ' ' + (cfg.text.shown || '');
  }

  function marker(s, ll) {
    var p = s.properties;
    var m = L.circleMarker(ll, { radius: 6, color: '#fff', weight: 1, fillColor: COLOURS[p.commodity] || '#444', fillOpacity: 0.95 });
    m.bindPopup('<strong>' + esc(p.name) + '</strong><br>' + esc(cfg.commodities[p.commodity] || p.commodity) + '<br>'
      + esc(cfg.text.workers || 'Workers') + ': ' + p.workers + '<br><a href="' + el.dataset.siteBase + p.id + '">' + esc(cfg.text.open || 'Open') + '</a>');
    return m;
  }

  function legend() {
    var box = document.getElementById('map-legend');
    Object.keys(cfg.commodities).forEach(function (c) {
      var span = document.createElement('span');
      span.className = 'ii-key';
      span.innerHTML = '<span style="display:inline-block;width:.8rem;height:.8rem;border-radius:50%;background:' + (COLOURS[c] || '#444') + '"></span> ' + esc(cfg.commodities[c]);
      box.appendChild(span);
    });
  }

  Promise.all([fetch(el.dataset.areas, { credentials: 'same-origin' }).then(function (r) { return r.json(); }),
               fetch(el.dataset.sites, { credentials: 'same-origin' }).then(function (r) { return r.json(); })])
    .then(function (data) {
      areasLayer.addData(data[0]);
      sites = data[1].features;
      var bounds = areasLayer.getBounds();
      if (!bounds.isValid() && sites.length) {
        bounds = L.latLngBounds(sites.map(function (s) { return [s.geometry.coordinates[1], s.geometry.coordinates[0]]; }));
      }
      if (bounds.isValid()) { map.fitBounds(bounds.pad(0.05)); }
      draw();
    });
  map.on('zoomend', draw);
  form.addEventListener('change', draw);
  legend();
})();
