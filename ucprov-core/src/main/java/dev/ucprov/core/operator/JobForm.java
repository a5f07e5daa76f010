package dev.ucprov.core.operator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A check-sync job as an operator asks for it ({@code POST /api/v1/tenants/{tenant}/check-sync}),
 * not yet checked; {@code null} where a field is absent. Which devices: {@code all}, or {@code
 * macs}, or any of {@code model}, {@code label} and {@code notSeenSince} (ISO-8601), all of which
 * must match. How fast: {@code rate} per second and {@code concurrency}, else the server's
 * defaults.
 */
public record JobForm(
    Boolean all,
    List<String> macs,
    String model,
    String label,
    String notSeenSince,
    Double rate,
    Integer concurrency) {

  public JobForm {
    macs = macs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(macs));
  }
}
