// DivertWatch analyst map: watched airports and areas, the aircraft that matter, a selected aircraft's
// track (coloured by altitude) against its expected route, and alerts where they fired. The sea's
// half (ports, vessels, tracks with their silences) is in sea.js, the background in basemap.js.
// Plain JavaScript and Leaflet; everything comes from the service's own API.
'use strict';

const REFRESH_AIRCRAFT_MS = 10000;
const REFRESH_ALERTS_MS = 5000;
const ALTITUDE_BANDS = [
  [1000, '#b2182b', '< 1,000 m'], [3000, '#e66101', '1–3 km'], [6000, '#d8b000', '3–6 km'],
  [9000, '#4dac26', '6–9 km'], [Infinity, '#2166ac', '> 9 km'],
];

const state = { aircraft: new Map(), selected: null, alertIds: new Set(), firstAlertLoad: true, airports: new Map() };
const params = new URLSearchParams(location.search);

const map = L.map('map', { worldCopyJump: true }).setView([40, 115], 4);
const layers = {
  graticule: L.layerGroup().addTo(map),
  areas: L.layerGroup().addTo(map),
  airports: L.layerGroup().addTo(map),
  aircraft: L.layerGroup().addTo(map),
  selection: L.layerGroup().addTo(map),
};

// ---- API ----------------------------------------------------------------------------------------

function apiKey() {
  return localStorage.getItem('divertwatch.key');
}

async function api(path) {
  const headers = { Accept: 'application/json' };
  if (apiKey()) {
    headers.Authorization = 'Bearer ' + apiKey();
  }
  const response = await fetch(path, { headers });
  if (response.status === 401) {
    document.getElementById('key-form').hidden = false;
    throw new Error('an API key is needed to read');
  }
  if (!response.ok) {
    throw new Error(path + ': HTTP ' + response.status);
  }
  return response.json();
}

document.getElementById('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  localStorage.setItem('divertwatch.key', document.getElementById('key').value.trim());
  location.reload();
});

function status(text) {
  document.getElementById('status').textContent = text;
}

// ---- Geometry helpers -----------------------------------------------------------------------------

/** Longitudes made continuous, so that lines across the antimeridian take the short way. */
function unwrap(latlngs) {
  const out = [];
  let previous = null;
  for (const [lat, lon] of latlngs) {
    let l = lon;
    if (previous !== null) {
      l += 360 * Math.round((previous - l) / 360);
    }
    out.push([lat, l]);
    previous = l;
  }
  return out;
}

/** Points along the great circle from a to b ([lat, lon] degrees). */
function greatCircle(a, b, steps = 64) {
  const rad = Math.PI / 180;
  const [la1, lo1, la2, lo2] = [a[0] * rad, a[1] * rad, b[0] * rad, b[1] * rad];
  const d = 2 * Math.asin(Math.sqrt(Math.sin((la2 - la1) / 2) ** 2
      + Math.cos(la1) * Math.cos(la2) * Math.sin((lo2 - lo1) / 2) ** 2));
  if (d === 0) {
    return [a, b];
  }
  const points = [];
  for (let i = 0; i <= steps; i++) {
    const f = i / steps;
    const A = Math.sin((1 - f) * d) / Math.sin(d);
    const B = Math.sin(f * d) / Math.sin(d);
    const x = A * Math.cos(la1) * Math.cos(lo1) + B * Math.cos(la2) * Math.cos(lo2);
    const y = A * Math.cos(la1) * Math.sin(lo1) + B * Math.cos(la2) * Math.sin(lo2);
    const z = A * Math.sin(la1) + B * Math.sin(la2);
    points.push([Math.atan2(z, Math.sqrt(x * x + y * y)) / rad, Math.atan2(y, x) / rad]);
  }
  return unwrap(points);
}

function altitudeColour(altitude) {
  if (altitude === null || altitude === undefined || Number.isNaN(altitude)) {
    return '#777';
  }
  return ALTITUDE_BANDS.find(([limit]) => altitude < limit)[1];
}

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ---- Watched airports and areas -----------------------------------------------------------------

async function loadWatchedPlaces() {
  const airports = await api('/api/v1/watched-airports');
  layers.airports.clearLayers();
  for (const a of airports) {
    if (a.lat === null || a.lon === null) {
      continue;
    }
    L.circle([a.lat, a.lon], { radius: a.radiusKm * 1000, className: 'watched-airport', color: '#c62828', weight: 1.5,
      fillOpacity: 0.05 }).bindTooltip(escapeHtml(a.icao + ' ' + (a.name || '') + ' — ' + a.radiusKm + ' km'))
      .addTo(layers.airports);
    L.circleMarker([a.lat, a.lon], { radius: 4, color: '#c62828', fillOpacity: 1, className: 'watched-airport-point' })
      .bindTooltip(escapeHtml(a.icao), { permanent: true, direction: 'right', className: 'airport-label' })
      .addTo(layers.airports);
  }
  const areas = await api('/api/v1/geofences');
  layers.areas.clearLayers();
  for (const feature of areas.features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const rings of polygons) {
      const latlngs = rings.map((ring) => unwrap(ring.map(([lon, lat]) => [lat, lon])));
      L.polygon(latlngs, { className: 'geofence', color: '#ef6c00', weight: 1.5, fillOpacity: 0.08 })
        .bindTooltip(escapeHtml(feature.properties.name)).addTo(layers.areas);
    }
  }
  return airports.length + areas.features.length;
}

// ---- Aircraft -----------------------------------------------------------------------------------

/** Callsign (or address) and registration: "AFL123 RA-76592". */
function aircraftName(a) {
  const name = (a.callsign || '').trim() || a.icao24;
  return a.registration && a.registration !== name ? `${name} ${a.registration}` : name;
}

/** Who the aircraft is: "RA-76592 · IL76 · Russian Air Force · OFAC SDN entry 43131, RUSSIA-EO14024, linked to …". */
function aircraftWho(a) {
  const parts = [a.registration, a.typeCode, a.operator].filter(Boolean);
  if (a.listEntry) {
    parts.push([`${a.listEntry.list}${a.listEntry.entityId ? ' entry ' + a.listEntry.entityId : ''}`,
      a.listEntry.program, a.listEntry.linkedTo ? 'linked to ' + a.listEntry.linkedTo : null].filter(Boolean).join(', '));
  }
  return parts.join(' · ');
}

function aircraftIcon(a) {
  const classes = ['aircraft-marker'];
  if (a.watchId !== null) classes.push('watched');
  if (a.openAlerts > 0) classes.push('alerted');
  if (state.selected === a.icao24) classes.push('selected');
  const heading = a.position.trackDeg ?? 0;
  const label = escapeHtml(aircraftName(a));
  return L.divIcon({
    className: classes.join(' '),
    iconSize: [22, 22],
    iconAnchor: [11, 11],
    html: `<svg class="arrow" data-icao24="${a.icao24}" viewBox="0 0 22 22" style="transform: rotate(${heading}deg)">`
      + '<path d="M11 1 L18 20 L11 15 L4 20 Z"/></svg>'
      + `<span class="aircraft-label">${label}</span>`,
  });
}

async function loadAircraft() {
  const list = await api('/api/v1/aircraft');
  layers.aircraft.clearLayers();
  state.aircraft.clear();
  for (const a of list) {
    state.aircraft.set(a.icao24, a);
    const altitude = a.position.altitudeM === undefined ? 'unknown' : Math.round(a.position.altitudeM) + ' m';
    L.marker([a.position.lat, a.position.lon], { icon: aircraftIcon(a), title: a.icao24 })
      .bindTooltip(escapeHtml(`${(a.callsign || '').trim() || a.icao24} · ${altitude}`
        + (aircraftWho(a) ? ' · ' + aircraftWho(a) : '')
        + (a.label ? ' · ' + a.label : '') + (a.openAlerts ? ` · ${a.openAlerts} open alert(s)` : '')))
      .on('click', () => select(a.icao24))
      .addTo(layers.aircraft);
  }
  return list.length;
}

// ---- Selection: track, route, alerts of one aircraft ------------------------------------------------

async function airport(ident) {
  if (!state.airports.has(ident)) {
    state.airports.set(ident, api('/api/v1/airports/' + encodeURIComponent(ident)).catch(() => null));
  }
  return state.airports.get(ident);
}

async function drawRoute(route) {
  if (!route || !route.destination) {
    return 0;
  }
  const idents = [route.origin, ...(route.via || []), route.destination].filter(Boolean);
  const points = (await Promise.all(idents.map(airport))).filter(Boolean);
  for (let i = 0; i + 1 < points.length; i++) {
    L.polyline(greatCircle([points[i].lat, points[i].lon], [points[i + 1].lat, points[i + 1].lon]),
      { className: 'route-leg', color: '#333', weight: 2, dashArray: '6 6', interactive: false })
      .addTo(layers.selection);
  }
  for (const p of points) {
    L.circleMarker([p.lat, p.lon], { radius: 5, color: '#333', fillColor: '#fff', fillOpacity: 1, className: 'route-airport' })
      .bindTooltip(escapeHtml(p.ident + ' ' + (p.name || ''))).addTo(layers.selection);
  }
  return points.length - 1;
}

async function drawTrack(icao24) {
  let track;
  try {
    track = await api('/api/v1/aircraft/' + icao24 + '/track');
  } catch (e) {
    return 0;
  }
  const coordinates = unwrap(track.geometry.coordinates.map(([lon, lat]) => [lat, lon]));
  const altitudes = track.geometry.coordinates.map((c) => (c.length > 2 ? c[2] : null));
  for (let i = 1; i < coordinates.length; i++) {
    L.polyline([coordinates[i - 1], coordinates[i]], { className: 'track-segment', color: altitudeColour(altitudes[i]),
      weight: 4, opacity: 0.9, interactive: false }).addTo(layers.selection);
  }
  return coordinates.length;
}

/** Markers where the alerts of one subject fired (an aircraft's address or a vessel's MMSI), popups explaining them. */
async function drawAlerts(query, focusId) {
  const alerts = await api('/api/v1/alerts?' + query + '&limit=100');
  let focused = null;
  for (const a of alerts) {
    if (!a.position || a.position.lat === undefined) {
      continue;
    }
    const who = a.mmsi ? vesselWho(a) : aircraftWho(a);
    const candidates = (a.portCandidates || []).map((c) => `<li>${escapeHtml(c.name)}${c.country ? ' (' + escapeHtml(c.country) + ')' : ''}`
      + ` — ${Math.round(c.explained * 100)} % of the silence</li>`).join('');
    const marker = L.circleMarker([a.position.lat, a.position.lon], { radius: 8, weight: 2, color: '#000',
      fillColor: a.severity === 'critical' ? '#d32f2f' : a.severity === 'warning' ? '#f9a825' : '#1976d2',
      fillOpacity: 0.9, className: `alert-marker alert-${a.type.toLowerCase()}` })
      .bindPopup(`<strong>${escapeHtml(a.type)}</strong> <small>${escapeHtml(a.time)}</small>`
        + (who ? `<p class="alert-who">${escapeHtml(who)}</p>` : '')
        + `<p>${escapeHtml(a.summary)}</p>` + (candidates ? `<ol class="port-candidates">${candidates}</ol>` : '')
        + resolution(a) + `<a href="/map?alert=${a.id}">link to this view</a> · `
        + `<button type="button" class="evidence" data-alert="${a.id}">evidence (zip)</button>`)
      .addTo(layers.selection);
    if (a.id === focusId) {
      focused = marker;
    }
  }
  return { count: alerts.length, focused, route: alerts.find((a) => a.route)?.route };
}

function resolution(a) {
  return a.status === 'resolved'
    ? `<p class="resolution">Resolved ${escapeHtml(a.resolvedAt)} by ${escapeHtml(a.resolvedBy)}: ${escapeHtml(a.resolution)}</p>` : '';
}

/** The alert's evidence bundle, fetched with the API key (reads may need one) and saved as a file. */
async function downloadEvidence(id) {
  const response = await fetch(`/api/v1/alerts/${id}/evidence`,
    { headers: apiKey() ? { Authorization: 'Bearer ' + apiKey() } : {} });
  if (!response.ok) {
    status(`Evidence of alert ${id}: HTTP ${response.status}`);
    return;
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `divertwatch-alert-${id}.zip`;
  link.click();
  URL.revokeObjectURL(link.href);
}

map.on('popupopen', (event) => {
  event.popup.getElement().querySelector('button.evidence')
    ?.addEventListener('click', (click) => downloadEvidence(click.target.dataset.alert));
});

/** Opens the view of the alert's subject: its aircraft or its vessel. */
function selectSubject(alert) {
  return alert.mmsi ? selectVessel(alert.mmsi, alert) : select(alert.icao24, alert);
}

/** After a selection is drawn: the alert opened, or the whole selection in view. */
function focusSelection(alerts) {
  if (alerts.focused) {
    map.setView(alerts.focused.getLatLng(), Math.max(map.getZoom(), 6));
    alerts.focused.openPopup();
  } else if (layers.selection.getLayers().length > 0) {
    map.fitBounds(L.featureGroup(layers.selection.getLayers()).getBounds(), { maxZoom: 8, padding: [30, 30] });
  }
}

function legend() {
  document.getElementById('legend').innerHTML = ALTITUDE_BANDS
    .map(([, colour, text]) => `<span style="background:${colour}">${text}</span>`).join('');
}

async function select(icao24, focusAlert) {
  state.selected = icao24;
  layers.selection.clearLayers();
  const known = state.aircraft.get(icao24);
  const points = await drawTrack(icao24);
  const alerts = await drawAlerts('icao24=' + icao24, focusAlert ? focusAlert.id : null);
  const route = known?.route || (focusAlert && focusAlert.route) || alerts.route;
  const legs = await drawRoute(route);
  document.getElementById('selection').hidden = false;
  const who = known ? aircraftWho(known) : focusAlert ? aircraftWho(focusAlert) : '';
  document.getElementById('selection-title').textContent = ((known?.callsign || focusAlert?.callsign || '').trim() || icao24)
    + ' (' + icao24 + ')' + (who ? ' · ' + who : '');
  document.getElementById('selection-detail').textContent = `${points} fixes, ${alerts.count} alert(s)`
    + (route && route.destination ? `, expected route ${route.origin || '?'} → ${route.destination}` : '')
    + (known?.label ? ` · ${known.label}` : '');
  legend();
  document.querySelectorAll('.alert-item').forEach((li) => {
    li.classList.toggle('selected', focusAlert !== undefined && focusAlert !== null && li.dataset.id === String(focusAlert.id));
  });
  focusSelection(alerts);
  await loadAircraft();
  document.body.dataset.selected = icao24;
}

// ---- Live alert list -------------------------------------------------------------------------------

async function loadAlerts() {
  const alerts = await api('/api/v1/alerts?limit=50');
  const list = document.getElementById('alerts');
  list.innerHTML = '';
  for (const a of alerts) {
    const li = document.createElement('li');
    li.className = `alert-item sev-${a.severity} status-${a.status}`;
    li.dataset.id = a.id;
    if (!state.firstAlertLoad && !state.alertIds.has(a.id)) {
      li.classList.add('new');
    }
    state.alertIds.add(a.id);
    li.innerHTML = `<a href="/map?alert=${a.id}">${escapeHtml(a.type)}</a><time>${escapeHtml(a.time)}</time>`
      + `<p>${escapeHtml(a.summary)}</p>` + resolution(a);
    li.querySelector('a').addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState({}, '', `/map?alert=${a.id}`);
      selectSubject(a);
    });
    list.appendChild(li);
  }
  state.firstAlertLoad = false;
  return alerts.length;
}

// ---- Start ------------------------------------------------------------------------------------------

async function refresh() {
  try {
    const aircraft = await loadAircraft();
    const vessels = await loadVessels();
    status(`${aircraft} aircraft and ${vessels} vessels that matter · updated ${new Date().toLocaleTimeString()}`);
  } catch (e) {
    status('Could not load aircraft: ' + e.message);
  }
}

async function start() {
  drawGraticule();
  addTiles();
  drawWorld().catch((e) => status('Could not draw the world: ' + e.message));
  try {
    await loadWatchedPlaces();
    await loadWatchedPorts();
  } catch (e) {
    status('Could not load watched places: ' + e.message);
  }
  await refresh();
  try {
    await loadAlerts();
  } catch (e) {
    status('Could not load alerts: ' + e.message);
  }
  const alertId = params.get('alert');
  if (alertId) {
    try {
      const alert = await api('/api/v1/alerts/' + encodeURIComponent(alertId));
      await selectSubject(alert);
    } catch (e) {
      status('Alert ' + alertId + ': ' + e.message);
    }
  } else if (params.get('icao24')) {
    await select(params.get('icao24'));
  } else if (params.get('mmsi')) {
    await selectVessel(params.get('mmsi'));
  }
  document.body.dataset.ready = 'true';
  setInterval(refresh, REFRESH_AIRCRAFT_MS);
  setInterval(() => loadAlerts().catch((e) => status('Could not load alerts: ' + e.message)), REFRESH_ALERTS_MS);
}

// After sea.js too: the classic scripts run in order, then the document is loaded.
document.addEventListener('DOMContentLoaded', start);
