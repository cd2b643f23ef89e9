-- When this service received each stored fix (epoch milliseconds, wall time): evidence bundles show it
-- next to the data time the feed gave.
ALTER TABLE track_fix ADD COLUMN received_at BIGINT;
