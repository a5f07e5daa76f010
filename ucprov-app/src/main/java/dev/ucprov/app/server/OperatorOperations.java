package dev.ucprov.app.server;

import dev.ucprov.core.operator.CheckSyncs;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.core.operator.FileLibrary;
import dev.ucprov.core.operator.Inspection;
import dev.ucprov.core.operator.TenantCatalog;
import dev.ucprov.core.operator.UploadArchive;

/**
 * The operations behind the admin API, the same instances its routes call, for what the app does
 * in-process (the demo's content).
 */
public record OperatorOperations(
    TenantCatalog tenants,
    DeviceCatalog devices,
    FileLibrary files,
    Inspection inspection,
    UploadArchive uploads,
    CheckSyncs checkSyncs) {}
