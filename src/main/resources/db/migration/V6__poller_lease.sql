-- One row per singleton job: the replica whose lease has not expired runs it; any replica may take
-- an expired lease. Times are the replicas' own clocks (keep them NTP-synchronised, as Kubernetes
-- nodes are).
CREATE TABLE job_lease (
    name        VARCHAR(40) PRIMARY KEY,
    holder      VARCHAR(200),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO job_lease (name, holder, expires_at) VALUES ('poller', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
