// Draws the action plan's items on a Leaflet map. The page works without it: the list is the content.
(function () {
  'use strict';
  function start() {
    var box = document.getElementById('action-map');
    if (!box || typeof L === 'undefined') {
      return;
    }
    var items = Array.prototype.slice.call(document.querySelectorAll('.action-list li[data-lat]'));
    var map = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.tileUrl, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(map);
    map.setView([59.3326, 18.0649], 15);
    var points = [];
    items.forEach(function (li) {
      var lat = parseFloat(li.dataset.lat);
      var lng = parseFloat(li.dataset.lng);
      if (isNaN(lat) || isNaN(lng)) {
        return;
      }
      var marker = L.circleMarker([lat, lng], { radius: 8, weight: 2, color: '#9a3412', fillOpacity: 0.6 });
      marker.bindTooltip(li.dataset.title);
      marker.on('click', function () { window.location.href = li.dataset.href; });
      marker.addTo(map);
      points.push([lat, lng]);
    });
    box.dataset.markers = String(points.length);
    if (points.length > 0) {
      map.fitBounds(L.latLngBounds(points), { padding: [20, 20], maxZoom: 17 });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
