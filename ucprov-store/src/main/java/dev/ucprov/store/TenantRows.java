package dev.ucprov.store;

import dev.ucprov.core.tenant.TenantId;
import org.jdbi.v3.core.Handle;

/** Checks made before writing rows that belong to a tenant. */
final class TenantRows {

  private TenantRows() {}

  /**
   * Refuses to write for a tenant that does not exist, with a message naming it, rather than let
   * the foreign key fail with a database error.
   */
  static void requireExists(Handle handle, TenantId tenant) {
    boolean exists =
        handle
                .createQuery("SELECT COUNT(*) FROM tenant WHERE id = :id")
                .bind("id", tenant.value())
                .mapTo(Integer.class)
                .one()
            > 0;
    if (!exists) {
      throw new IllegalArgumentException("no tenant \"" + tenant + "\"");
    }
  }
}
