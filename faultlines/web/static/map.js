/* Faultlines maps: events as circle markers over an offline basemap (country outlines and place
   labels by zoom), with a simple grid clustering and a time slider. Every text from the data
   goes in through textContent, never as HTML. */
(function () {
  "use strict";
  var CELL = 48; // cluster cell size in screen pixels
  var RADIUS = { 1: 6, 2: 9, 3: 12 };
  var LABEL_W = 96, LABEL_H = 18; // a place label's room on screen: no two labels share it
  var MAX_LABELS = 400;

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

  function placeLabels(map, url) {
    var layer = L.layerGroup().addTo(map);
    fetch(url).then(function (r) { return r.json(); }).then(function (collection) {
      var places = collection.features || [];
      function draw() {
        layer.clearLayers();
        var zoom = map.getZoom(), bounds = map.getBounds().pad(0.1), taken = {}, drawn = 0;
        // The file lists places in drawing order (first zoom, then the better known).
        for (var i = 0; i < places.length && drawn < MAX_LABELS; i++) {
          var p = places[i].properties, c = places[i].geometry.coordinates;
          if (p.zoom > zoom || !bounds.contains([c[1], c[0]])) { continue; }
          var pt = map.latLngToLayerPoint([c[1], c[0]]);
          var cx = Math.floor(pt.x / LABEL_W), cy = Math.floor(pt.y / LABEL_H);
          var cells = [cx + ":" + cy, (cx + 1) + ":" + cy];
          if (taken[cells[0]] || taken[cells[1]]) { continue; }
          taken[cells[0]] = taken[cells[1]] = true;
          layer.addLayer(label([c[1], c[0]], p.name));
          drawn++;
        }
        map.getContainer().dataset.labels = String(drawn);
      }
      draw();
      map.on("zoomend moveend", draw);
    });
  }

  function label(latlng, name) {
    var icon = L.divIcon({ className: "place-label", iconSize: null, html: "" });
    var m = L.marker(latlng, { icon: icon, pane: "labels", interactive: false, keyboard: false });
    m.on("add", function () {
      var el = m.getElement();
      if (el) { el.textContent = name; }
    });
    return m;
  }

  function monthOf(feature) {
    var d = feature.properties.date_start;
    return d ? String(d).slice(0, 7) : null;
  }

  function monthsBetween(first, last) {
    var months = [], y = +first.slice(0, 4), m = +first.slice(5, 7);
    while (months.length < 1200) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      months.push(key);
      if (key >= last) { break; }
      m += 1;
      if (m > 12) { m = 1; y += 1; }
    }
    return months;
  }

  // The time slider: two month handles; undated events show only while the whole span is chosen.
  function timeSlider(box, features, show) {
    var dated = features.map(monthOf).filter(Boolean).sort();
    if (!box || !dated.length) { show(features); return; }
    var months = monthsBetween(dated[0], dated[dated.length - 1]);
    var from = box.querySelector(".slider-from"), to = box.querySelector(".slider-to");
    var out = box.querySelector(".slider-label");
    var undated = features.length - dated.length;
    from.max = to.max = String(months.length - 1);
    from.value = "0";
    to.value = String(months.length - 1);
    function update(event) {
      var a = +from.value, b = +to.value;
      if (a > b) {  // the handle being moved pushes the other one
        if (event && event.target === from) { to.value = String(a); b = a; } else { from.value = String(b); a = b; }
      }
      var whole = a === 0 && b === months.length - 1;
      var shown = features.filter(function (f) {
        var m = monthOf(f);
        return m ? m >= months[a] && m <= months[b] : whole;
      });
      out.textContent = months[a] + " to " + months[b] + ": " + shown.length + " of " + features.length + " events" +
        (undated && !whole ? " (" + undated + " undated left out)" : "");
      show(shown);
    }
    from.addEventListener("input", update);
    to.addEventListener("input", update);
    box.hidden = false;
    update();
  }

  function setup(el) {
    var map = L.map(el, { worldCopyJump: true, preferCanvas: false }).setView([34, 38], 4);
    map.createPane("basemap");
    map.createPane("labels");
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || "" }).addTo(map);
    }
    fetch(el.dataset.basemap).then(function (r) { return r.json(); }).then(function (countries) {
      L.geoJSON(countries, { pane: "basemap", style: { className: "country", weight: 1 }, interactive: false }).addTo(map);
    });
    if (el.dataset.places) { placeLabels(map, el.dataset.places); }
    var layer = L.layerGroup().addTo(map);
    fetch(el.dataset.events).then(function (r) { return r.json(); }).then(function (collection) {
      var features = collection.features || [];
      var current = features;
      el.dataset.count = String(features.length);
      if (features.length) {
        var bounds = L.latLngBounds(features.map(function (f) {
          return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        }));
        map.fitBounds(bounds.pad(0.2), { maxZoom: 9 });
        legend(map, features);
      }
      map.on("zoomend", function () { redraw(map, layer, current); });
      timeSlider(el.dataset.slider ? document.getElementById(el.dataset.slider) : null, features, function (shown) {
        current = shown;
        el.dataset.shown = String(shown.length);
        redraw(map, layer, shown);
      });
      el.classList.add("loaded");
    });
  }

  document.querySelectorAll(".fl-map").forEach(setup);
})();
