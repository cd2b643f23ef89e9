-- Alerts that resolve: when the evidence went (or a person closed the alert), by whom, and why.
ALTER TABLE alert ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE alert ADD COLUMN resolved_by VARCHAR(200);
ALTER TABLE alert ADD COLUMN resolution VARCHAR(1000);
