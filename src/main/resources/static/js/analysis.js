// The analysis pages' pictures: the Gi* class map (Leaflet) and the two clock roses (Chart.js).
// The pages work without them: every number is also in a table.
(function () {
  'use strict';

  var LEVEL_COLOURS = { '-3': '#1d4f91', '-2': '#4f8fcb', '-1': '#9cc3e6', '0': '#d0d4d9', '1': '#f4b183', '2': '#e06c3c', '3': '#a61e1e' };

  function hotspotMap() {
    var box = document.getElementById('hotspot-map');
    if (!box || typeof L === 'undefined') {
      return;
    }
    var m = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.tileUrl, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(m);
    m.setView([59.3326, 18.0649], 15);
    fetch(box.dataset.json, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        var layer = L.featureGroup();
        (data.cells || []).forEach(function (cell) {
          var colour = LEVEL_COLOURS[String(cell.level)] || LEVEL_COLOURS['0'];
          L.rectangle(cell.bounds, { color: colour, weight: 1, fillColor: colour, fillOpacity: cell.level === 0 ? 0.25 : 0.6 })
            .bindTooltip(cell.label + ' · ' + cell.count + (cell.z === null ? '' : ' · z ' + cell.z.toFixed(2)))
            .addTo(layer);
        });
        layer.addTo(m);
        if (layer.getLayers().length > 0) {
          m.fitBounds(layer.getBounds(), { padding: [10, 10] });
        }
        box.dataset.drawn = String(layer.getLayers().length);
      });
  }

  function roses() {
    if (typeof Chart === 'undefined') {
      return;
    }
    var canvases = document.querySelectorAll('canvas.rose');
    var max = 0;
    canvases.forEach(function (canvas) {
      canvas.dataset.values.split(',').map(Number).forEach(function (v) { max = Math.max(max, v); });
    });
    canvases.forEach(function (canvas) {
      var values = canvas.dataset.values.split(',').map(Number);
      var labels = values.map(function (_, h) { return (h < 10 ? '0' : '') + h; });
      new Chart(canvas, {
        type: 'polarArea',
        data: { labels: labels, datasets: [{ data: values, backgroundColor: canvas.dataset.colour, borderColor: '#1b1f23', borderWidth: 1 }] },
        options: {
          responsive: false, animation: false,
          // Midnight at the top, hours clockwise like a 24-hour clock.
          startAngle: -7.5,
          plugins: { legend: { display: false } },
          scales: { r: { min: 0, max: max, ticks: { display: false }, pointLabels: { display: true, centerPointLabels: true, font: { size: 10 } } } }
        }
      });
      canvas.dataset.drawn = 'true';
    });
  }

  function start() {
    hotspotMap();
    roses();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
