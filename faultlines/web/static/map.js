/* Faultlines maps: events as circle markers over an offline country basemap, with a simple
   grid clustering. Every text from the data goes in through textContent, never as HTML. */
(function () {
  "use strict";
  var CELL = 48; // cluster cell size in screen pixels
  var RADIUS = { 1: 6, 2: 9, 3: 12 };

  function slug(value) {
    return "t-" + String(value || "none").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }

  function popup(properties) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/events/" + encodeURIComponent(properties.event_id);
    link.textContent = properties.event_type + " / " + properties.sub_event_type;
    box.appendChild(link);
    var lines = [
      (properties.date_start || "undated") + " · " + (properties.location || ""),
      [properties.actor1, properties.actor2].filter(Boolean).join(" vs "),
      (properties.kind || "") + " · " + (properties.modality || "") +
        (properties.fatalities === null || properties.fatalities === undefined ? "" : " · " + properties.fatalities + " killed"),
      "review: " + (properties.review_status || "unreviewed"),
    ];
    lines.forEach(function (text) {
      var line = document.createElement("div");
      line.textContent = text;
      box.appendChild(line);
    });
    return box;
  }

  function marker(feature) {
    var p = feature.properties;
    var c = feature.geometry.coordinates;
    var precision = p.geo_precision || 3;
    return L.circleMarker([c[1], c[0]], {
      radius: RADIUS[precision] || 12,
      className: "ev " + slug(p.event_type) + " p" + precision,
      weight: 2,
    }).bindPopup(popup(p));
  }

  function clusterMarker(map, members) {
    var lat = 0, lon = 0;
    members.forEach(function (f) { lat += f.geometry.coordinates[1]; lon += f.geometry.coordinates[0]; });
    var center = [lat / members.length, lon / members.length];
    var icon = L.divIcon({ className: "cluster", iconSize: [30, 30], html: "" });
    var m = L.marker(center, { icon: icon, keyboard: true, title: members.length + " events" });
    m.on("add", function () {
      var el = m.getElement();
      if (el) { el.textContent = String(members.length); }
    });
    m.on("click", function () {
      var bounds = L.latLngBounds(members.map(function (f) {
        return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      }));
      if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
        map.setView(bounds.getCenter(), map.getZoom() + 3);
      } else {
        map.fitBounds(bounds.pad(0.3));
      }
    });
    return m;
  }

  function redraw(map, layer, features) {
    layer.clearLayers();
    var cells = {};
    features.forEach(function (f) {
      var c = f.geometry.coordinates;
      var pt = map.latLngToLayerPoint([c[1], c[0]]);
      var key = Math.floor(pt.x / CELL) + ":" + Math.floor(pt.y / CELL);
      (cells[key] = cells[key] || []).push(f);
    });
    Object.keys(cells).forEach(function (key) {
      var members = cells[key];
      layer.addLayer(members.length === 1 || map.getZoom() >= 12 && members.length < 4
        ? L.featureGroup(members.map(marker)) : clusterMarker(map, members));
    });
  }

  function legend(map, features) {
    var types = {};
    features.forEach(function (f) { types[f.properties.event_type] = true; });
    var control = L.control({ position: "bottomright" });
    control.onAdd = function () {
      var box = L.DomUtil.create("div", "legend");
      Object.keys(types).sort().forEach(function (t) {
        var row = document.createElement("div");
        var swatch = document.createElement("span");
        swatch.className = "swatch " + slug(t);
        row.appendChild(swatch);
        row.appendChild(document.createTextNode(" " + t));
        box.appendChild(row);
      });
      return box;
    };
    control.addTo(map);
  }

  function setup(el) {
    var map = L.map(el, { worldCopyJump: true, preferCanvas: false }).setView([34, 38], 4);
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || "" }).addTo(map);
    }
    fetch(el.dataset.basemap).then(function (r) { return r.json(); }).then(function (countries) {
      L.geoJSON(countries, { style: { className: "country", weight: 1 }, interactive: false }).addTo(map).bringToBack();
    });
    var layer = L.layerGroup().addTo(map);
    fetch(el.dataset.events).then(function (r) { return r.json(); }).then(function (collection) {
      var features = collection.features || [];
      el.dataset.count = String(features.length);
      el.classList.add("loaded");
      if (features.length) {
        var bounds = L.latLngBounds(features.map(function (f) {
          return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        }));
        map.fitBounds(bounds.pad(0.2), { maxZoom: 9 });
        legend(map, features);
      }
      redraw(map, layer, features);
      map.on("zoomend", function () { redraw(map, layer, features); });
    });
  }

  document.querySelectorAll(".fl-map").forEach(setup);
})();
