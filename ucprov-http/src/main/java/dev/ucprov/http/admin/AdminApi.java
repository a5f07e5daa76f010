package dev.ucprov.http.admin;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.operator.CheckSyncs;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.core.operator.FileLibrary;
import dev.ucprov.core.operator.Inspection;
import dev.ucprov.core.operator.TenantCatalog;
import dev.ucprov.core.operator.UploadArchive;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * Everything the admin listener serves, assembled into its handler.
 *
 * @param token the bearer token every route but {@code /health} requires
 */
public record AdminApi(
    String token,
    AdminLimits limits,
    TenantCatalog tenants,
    DeviceCatalog devices,
    FileLibrary files,
    Inspection inspection,
    UploadArchive uploads,
    CheckSyncs checkSyncs,
    BlobStore blobs,
    PrometheusMeterRegistry metrics) {

  public AdminHandler handler() {
    Router router = new Router();
    new OpsRoutes(metrics).addTo(router);
    new TenantRoutes(tenants, inspection, limits).addTo(router);
    new DeviceRoutes(devices, inspection, limits).addTo(router);
    new FileRoutes(files, limits).addTo(router);
    new UploadRoutes(uploads).addTo(router);
    new CheckSyncRoutes(checkSyncs, limits).addTo(router);
    new JobRoutes(checkSyncs).addTo(router);
    return new AdminHandler(new BearerToken(token), router, blobs);
  }
}
