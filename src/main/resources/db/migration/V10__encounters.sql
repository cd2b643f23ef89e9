-- An encounter names two vessels: the alert's own (mmsi) and the other one.
ALTER TABLE alert ADD COLUMN counterpart_mmsi INTEGER;
