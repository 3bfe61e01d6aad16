// The situation picture's small charts (Chart.js) and its map (Leaflet). The page works without
// them: every number is in its tables.
(function () {
  'use strict';

  function sparklines() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.sparkline').forEach(function (canvas) {
      var values = canvas.dataset.values.split(',').map(Number);
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: values.map(function (_, i) { return i + 1; }),
          datasets: [{ data: values, borderColor: '#1d4f91', borderWidth: 2, pointRadius: 0, fill: false, tension: 0.25 }]
        },
        options: {
          responsive: false, animation: false, events: [],
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: { x: { display: false }, y: { display: false, beginAtZero: true } }
        }
      });
      canvas.dataset.drawn = 'true';
    });
  }

  var COLOURS = ['#9aa5b1', '#7fb2de', '#4f8fcb', '#e0a100', '#d9480f', '#a61e1e'];

  function map() {
    var box = document.getElementById('situation-map');
    if (!box || typeof L === 'undefined') {
      return;
    }
    var levels = {};
    document.querySelectorAll('tr.place-activity').forEach(function (row) {
      levels[row.dataset.slug] = { level: Number(row.dataset.level), name: row.dataset.name };
    });
    var m = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.tileUrl, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(m);
    m.setView([59.3326, 18.0649], 15);
    fetch(box.dataset.geojson, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (collection) {
        var features = collection.features.filter(function (f) { return f.geometry; });
        var layer = L.geoJSON({ type: 'FeatureCollection', features: features }, {
          pointToLayer: function (feature, latlng) {
            var level = (levels[feature.properties.slug] || { level: 0 }).level;
            return L.circleMarker(latlng, {
              radius: 6 + 2 * level, weight: 2, color: '#1b1f23', fillColor: COLOURS[level], fillOpacity: 0.85
            });
          },
          style: function (feature) {
            var level = (levels[feature.properties.slug] || { level: 0 }).level;
            return { color: COLOURS[level], weight: 2, fillOpacity: 0.15 + 0.1 * level };
          },
          onEachFeature: function (feature, item) {
            item.bindTooltip(feature.properties.name);
            item.on('click', function () {
              window.location.href = box.dataset.link + '&place=' + encodeURIComponent(feature.properties.slug);
            });
          }
        }).addTo(m);
        box.dataset.shapes = String(features.length);
        if (features.length > 0) {
          m.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 17 });
        }
      });
  }

  function start() {
    sparklines();
    map();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
