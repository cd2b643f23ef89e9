// DivertWatch map background. OpenStreetMap tiles when they can be reached; always a graticule and
// the world's land, coastlines and borders from Natural Earth, bundled with the service so that the
// map still shows where things are offline (air-gapped newsrooms, the tests): drawn under everything
// when tiles fail, and as a light layer above them when they load.
'use strict';

const WORLD_URL = '/assets/world/countries-50m.json';
const WORLD_STYLES = {
  offline: {
    land: { fillColor: '#efe8d8', fillOpacity: 1 },
    coast: { color: '#3f6485', weight: 1.3, opacity: 1 },
    border: { color: '#8a7560', weight: 0.9, opacity: 0.9 },
  },
  online: {
    land: { fillOpacity: 0 },
    coast: { color: '#3f6485', weight: 0.8, opacity: 0.45 },
    border: { color: '#6b5847', weight: 0.8, opacity: 0.5 },
  },
};
const world = { land: null, coast: null, border: null };

function drawGraticule() {
  const style = { className: 'graticule', color: '#8a99a8', weight: 0.6, opacity: 0.6, interactive: false };
  for (let lat = -80; lat <= 80; lat += 10) {
    L.polyline([[lat, -540], [lat, 540]], style).addTo(layers.graticule);
  }
  for (let lon = -540; lon <= 540; lon += 10) {
    L.polyline([[-85, lon], [85, lon]], style).addTo(layers.graticule);
  }
}

function addTiles() {
  const tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18,
    attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  });
  let loaded = 0;
  let failed = 0;
  tiles.on('tileload', () => { loaded++; });
  tiles.on('tileerror', () => {
    // Offline (or tiles blocked): the bundled world instead of broken images.
    if (++failed >= 3 && loaded === 0 && map.hasLayer(tiles)) {
      map.removeLayer(tiles);
      document.body.classList.add('offline');
      styleWorld();
    }
  });
  tiles.addTo(map);
}

/** Land, coastlines (arcs of one country) and borders (arcs shared by two) in a pane between tiles and overlays. */
async function drawWorld() {
  map.createPane('world');
  map.getPane('world').style.zIndex = 250;
  const renderer = L.svg({ pane: 'world' });
  const response = await fetch(WORLD_URL);
  if (!response.ok) {
    throw new Error(WORLD_URL + ': HTTP ' + response.status);
  }
  const topology = await response.json();
  const countries = topology.objects.countries;
  const options = (className) => ({ pane: 'world', renderer, interactive: false, className });
  world.land = L.geoJSON(topojson.feature(topology, topology.objects.land),
    { ...options('world-land'), stroke: false, fill: true }).addTo(map);
  world.coast = L.geoJSON(topojson.mesh(topology, countries, (a, b) => a === b),
    { ...options('world-coast'), fill: false }).addTo(map);
  world.border = L.geoJSON(topojson.mesh(topology, countries, (a, b) => a !== b),
    { ...options('world-border'), fill: false, dashArray: '4 3' }).addTo(map);
  map.attributionControl.addAttribution('Land and borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>'
    + ' (public domain) via world-atlas');
  styleWorld();
  document.body.dataset.world = 'drawn';
}

function styleWorld() {
  const style = WORLD_STYLES[document.body.classList.contains('offline') ? 'offline' : 'online'];
  for (const part of ['land', 'coast', 'border']) {
    world[part]?.setStyle(style[part]);
  }
}
