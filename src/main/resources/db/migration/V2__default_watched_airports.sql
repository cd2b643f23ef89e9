-- North Korea's airports that take airliners, watched for every aircraft by default.
-- They are ordinary rows: edit or delete them through /api/v1/watched-airports.
INSERT INTO watched_airport (icao, radius_km, any_aircraft, note, created_at) VALUES
  ('ZKPY', 100, TRUE, 'Pyongyang Sunan International (default watch)', CURRENT_TIMESTAMP),
  ('ZKWS', 60, TRUE, 'Wonsan Kalma (default watch)', CURRENT_TIMESTAMP),
  ('ZKSD', 60, TRUE, 'Sondok / Hamhung (default watch)', CURRENT_TIMESTAMP),
  ('ZKHM', 60, TRUE, 'Orang / Chongjin (default watch)', CURRENT_TIMESTAMP);
