// The maritime half of the analyst map: watched ports, the vessels that matter, a selected vessel's
// track with its silences drawn as gaps (never as a line sailed), and the maritime alerts. Uses the
// map, layers and helpers of map.js.
'use strict';

const seaLayers = {
  ports: L.layerGroup().addTo(map),
  vessels: L.layerGroup().addTo(map),
};

async function loadWatchedPorts() {
  const ports = await api('/api/v1/watched-ports?limit=1000');
  seaLayers.ports.clearLayers();
  for (const p of ports) {
    const label = `${p.name}${p.country ? ' (' + p.country + ')' : ''} — watched port`;
    if (p.geometry) {
      const polygons = p.geometry.type === 'Polygon' ? [p.geometry.coordinates] : p.geometry.coordinates;
      for (const rings of polygons) {
        L.polygon(rings.map((ring) => unwrap(ring.map(([lon, lat]) => [lat, lon]))), { className: 'watched-port',
          color: '#00695c', weight: 1.5, fillOpacity: 0.08 }).bindTooltip(escapeHtml(label)).addTo(seaLayers.ports);
      }
    } else {
      L.circle([p.lat, p.lon], { radius: p.radiusKm * 1000, className: 'watched-port', color: '#00695c', weight: 1.5,
        fillOpacity: 0.08 }).bindTooltip(escapeHtml(`${label}, ${p.radiusKm} km`)).addTo(seaLayers.ports);
    }
    L.circleMarker([p.lat, p.lon], { radius: 3, color: '#00695c', fillOpacity: 1, className: 'watched-port-point' })
      .bindTooltip(escapeHtml(p.name), { permanent: true, direction: 'right', className: 'port-label' })
      .addTo(seaLayers.ports);
  }
  return ports.length;
}

/** Name, or MMSI when the vessel never said its name. */
function vesselName(v) {
  return v.vesselName || v.name || ('MMSI ' + v.mmsi);
}

/** Who the vessel is: "IMO 9161003 · UBXX7 · → VOSTOCHNY · OFAC SDN entry 37095, RUSSIA-EO14024, linked to …". */
function vesselWho(v) {
  const parts = [v.imo ? 'IMO ' + v.imo : null, v.callSign, v.destination ? '→ ' + v.destination : null];
  if (v.listEntry) {
    parts.push([`${v.listEntry.list}${v.listEntry.entityId ? ' entry ' + v.listEntry.entityId : ''}`,
      v.listEntry.program, v.listEntry.linkedTo ? 'linked to ' + v.listEntry.linkedTo : null].filter(Boolean).join(', '));
  }
  return parts.filter(Boolean).join(' · ');
}

function vesselIcon(v) {
  const classes = ['vessel-marker'];
  if (v.vesselWatchId !== undefined) classes.push('watched');
  if (v.openAlerts > 0) classes.push('alerted');
  if (state.selected === 'mmsi:' + v.mmsi) classes.push('selected');
  const course = v.position?.courseDeg ?? 0;
  return L.divIcon({
    className: classes.join(' '),
    iconSize: [18, 18],
    iconAnchor: [9, 9],
    html: `<svg class="hull" data-mmsi="${v.mmsi}" viewBox="0 0 18 18" style="transform: rotate(${course}deg)">`
      + '<path d="M9 1 L14 7 L14 17 L4 17 L4 7 Z"/></svg>'
      + `<span class="vessel-label">${escapeHtml(vesselName(v))}</span>`,
  });
}

async function loadVessels() {
  const list = await api('/api/v1/vessels');
  seaLayers.vessels.clearLayers();
  for (const v of list) {
    if (!v.position) {
      continue;
    }
    const speed = v.position.speedKn === undefined ? '' : ` · ${v.position.speedKn.toFixed(1)} kn`;
    L.marker([v.position.lat, v.position.lon], { icon: vesselIcon(v), title: String(v.mmsi) })
      .bindTooltip(escapeHtml(`${vesselName(v)} (MMSI ${v.mmsi})${speed}` + (vesselWho(v) ? ' · ' + vesselWho(v) : '')
        + (v.label ? ' · ' + v.label : '') + (v.openAlerts ? ` · ${v.openAlerts} open alert(s)` : '')))
      .on('click', () => selectVessel(v.mmsi))
      .addTo(seaLayers.vessels);
  }
  return list.length;
}

/** The track as sailed, one line per stretch heard; each silence marked at both ends, not bridged. */
async function drawVesselTrack(mmsi) {
  let track;
  try {
    track = await api('/api/v1/vessels/' + mmsi + '/track?hours=168');
  } catch (e) {
    return { fixes: 0, gaps: 0 };
  }
  const lines = track.geometry.coordinates.map((line) => unwrap(line.map(([lon, lat]) => [lat, lon])));
  for (const line of lines) {
    L.polyline(line, { className: 'vessel-track', color: '#00838f', weight: 3, opacity: 0.9, interactive: false })
      .addTo(layers.selection);
  }
  track.properties.gaps.forEach((gap, i) => {
    const text = `AIS silent ${gap.hours} h, ${gap.from} → ${gap.to}`;
    for (const end of [lines[i][lines[i].length - 1], lines[i + 1][0]]) {
      L.circleMarker(end, { radius: 5, color: '#555', weight: 2, fillColor: '#fff', fillOpacity: 1, className: 'gap-end' })
        .bindTooltip(escapeHtml(text)).addTo(layers.selection);
    }
  });
  return { fixes: lines.reduce((n, l) => n + l.length, 0), gaps: track.properties.gaps.length };
}

async function selectVessel(mmsi, focusAlert) {
  state.selected = 'mmsi:' + mmsi;
  layers.selection.clearLayers();
  const vessel = await api('/api/v1/vessels/' + mmsi).catch(() => null);
  const track = await drawVesselTrack(mmsi);
  const alerts = await drawAlerts('mmsi=' + mmsi, focusAlert ? focusAlert.id : null);
  const who = vessel ? vesselWho(vessel) : focusAlert ? vesselWho(focusAlert) : '';
  document.getElementById('selection').hidden = false;
  document.getElementById('selection-title').textContent = `${vesselName(vessel || focusAlert || { mmsi })} (MMSI ${mmsi})`
    + (who ? ' · ' + who : '');
  document.getElementById('selection-detail').textContent = `${track.fixes} fixes, ${track.gaps} silence(s), `
    + `${alerts.count} alert(s)` + (vessel?.label ? ` · ${vessel.label}` : '');
  document.getElementById('legend').innerHTML = '';
  document.querySelectorAll('.alert-item').forEach((li) => {
    li.classList.toggle('selected', focusAlert !== undefined && focusAlert !== null && li.dataset.id === String(focusAlert.id));
  });
  focusSelection(alerts);
  await loadVessels();
  document.body.dataset.selected = 'mmsi:' + mmsi;
}
