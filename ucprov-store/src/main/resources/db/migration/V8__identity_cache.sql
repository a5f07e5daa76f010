-- Issue 7, boot storm: every identity column hands out its numbers from a cache of 1,000 instead
-- of H2's 32. H2 writes the whole store to its file each time a cache runs out, so a storm of first
-- boots (a new upload_file row for each log, an upload_version row for each upload, a
-- device_request_group row for each device recorded) paid one extra synchronous write every 32
-- rows. A crash skips at most the unused rest of a cache: these numbers only order and identify
-- rows, and gaps were already allowed. PostgreSQL accepts the same statements.
ALTER TABLE stored_file ALTER COLUMN id SET CACHE 1000;
ALTER TABLE upload_file ALTER COLUMN id SET CACHE 1000;
ALTER TABLE upload_version ALTER COLUMN seq SET CACHE 1000;
ALTER TABLE device_request_group ALTER COLUMN seq SET CACHE 1000;
