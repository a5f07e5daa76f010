-- Device credentials presented for a shared file are found by user name within the tenant.
CREATE INDEX device_username ON device (tenant_id, username);
