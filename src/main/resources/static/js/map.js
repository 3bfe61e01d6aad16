// Draws an area's places on a Leaflet map. The page works without it: the list is the content.
(function () {
  'use strict';
  function start() {
    var box = document.getElementById('place-map');
    if (!box || typeof L === 'undefined') {
      return;
    }
    L.Icon.Default.imagePath = box.dataset.images;
    var map = L.map(box, { scrollWheelZoom: false });
    L.tileLayer(box.dataset.tileUrl, { attribution: box.dataset.attribution, maxZoom: 19 }).addTo(map);
    map.setView([59.3326, 18.0649], 15);
    var focus = box.dataset.focus;
    fetch(box.dataset.geojson, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (collection) {
        var features = collection.features.filter(function (f) {
          return f.geometry && (!focus || f.properties.slug === focus);
        });
        var layer = L.geoJSON({ type: 'FeatureCollection', features: features }, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 8, weight: 2, color: '#1d4f91', fillOpacity: 0.6 });
          },
          style: function () { return { color: '#1d4f91', weight: 2, fillOpacity: 0.2 }; },
          onEachFeature: function (feature, item) {
            var p = feature.properties;
            var text = p.name + (p.parent ? ' (' + p.parent + ')' : '');
            item.bindTooltip(text);
            item.on('click', function () { window.location.href = box.dataset.placeBase + p.slug; });
          }
        }).addTo(map);
        box.dataset.shapes = String(features.length);
        if (features.length > 0) {
          map.fitBounds(layer.getBounds(), { padding: [20, 20], maxZoom: 17 });
        }
      });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
