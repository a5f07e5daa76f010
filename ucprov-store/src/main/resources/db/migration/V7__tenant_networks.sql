-- Issue 5, TFTP and FTP: where a tenant's phones are, and whether the factory account logs in.
-- networks: the tenant's CIDR networks in canonical form, separated by commas (a network's text
-- never holds one); NULL when none. Read and written whole; overlaps between tenants are checked
-- by the repository inside the put's transaction.
ALTER TABLE tenant ADD COLUMN networks VARCHAR NULL;
ALTER TABLE tenant ADD COLUMN factory_account BOOLEAN DEFAULT FALSE NOT NULL;
