package dev.ucprov.core.checksync.auto;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.tenant.TenantId;

/** A change that affects what some phones are served. */
public sealed interface Change {

  /** What one device is served changed: its data, or a file named by its MAC. */
  record OfDevice(TenantId tenant, MacAddress mac) implements Change {}

  /** What every device of a tenant may be served changed: its data, or a file of its own. */
  record OfTenant(TenantId tenant) implements Change {}

  /** A shared file changed: every tenant that has no file of its own at that path serves it. */
  record OfSharedFile(FilePath path) implements Change {}
}
