-- Issue 6, check-sync: where a NOTIFY or a push reaches each phone, and the jobs that send them.
-- The same portable SQL as V1 (H2 2.x and PostgreSQL).

-- Settings as JSON objects of strings, like variables: read and written whole, never queried.
-- NULL when the device (tenant) has none. Passwords are kept in clear like the credentials'
-- columns: digest authentication needs them.
ALTER TABLE device ADD COLUMN sip_settings VARCHAR NULL;
ALTER TABLE device ADD COLUMN push_settings VARCHAR NULL;
ALTER TABLE tenant ADD COLUMN sip_settings VARCHAR NULL;

-- One row per job. owner and heartbeat_at are the lease of the node running it: a node takes
-- over an unfinished job whose owner is NULL (released at shutdown) or whose heartbeat is stale.
CREATE TABLE check_sync_job (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  tenant_id VARCHAR(63) NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
  selection VARCHAR NOT NULL,
  automatic BOOLEAN NOT NULL,
  rate DOUBLE PRECISION NOT NULL,
  concurrency INT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE NULL,
  owner VARCHAR(64) NULL,
  heartbeat_at TIMESTAMP WITH TIME ZONE NULL
);
CREATE INDEX check_sync_job_created ON check_sync_job (created_at);

-- Each device of a job, in the order it is sent (position), with its state and outcome.
CREATE TABLE check_sync_device (
  job_id VARCHAR(36) NOT NULL REFERENCES check_sync_job (id) ON DELETE CASCADE,
  mac VARCHAR(12) NOT NULL,
  position INT NOT NULL,
  state VARCHAR(12) NOT NULL,
  status INT NOT NULL,
  reason VARCHAR NULL,
  via VARCHAR(8) NULL,
  updated_at TIMESTAMP WITH TIME ZONE NULL,
  PRIMARY KEY (job_id, mac)
);
CREATE INDEX check_sync_device_state ON check_sync_device (job_id, state, position);
