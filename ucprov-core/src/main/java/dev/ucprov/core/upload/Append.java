package dev.ucprov.core.upload;

import dev.ucprov.core.tenant.TenantId;

/** One {@link UploadRepository#append} call, as an item of {@link UploadRepository#appendAll}. */
public record Append(TenantId tenant, UploadName name, NewUpload upload, Retention retention) {}
