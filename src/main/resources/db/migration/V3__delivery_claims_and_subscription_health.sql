-- A dispatcher claims a delivery by writing its token and pushing next_attempt_at out by a lease;
-- an outcome is recorded only by the holder of the claim. A crashed dispatcher's claims expire.
ALTER TABLE webhook_delivery ADD COLUMN claim_token VARCHAR(64);

-- Subscriptions failing for too long are disabled; these say since when and when it last worked.
ALTER TABLE webhook_subscription ADD COLUMN failing_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE webhook_subscription ADD COLUMN last_success_at TIMESTAMP WITH TIME ZONE;
