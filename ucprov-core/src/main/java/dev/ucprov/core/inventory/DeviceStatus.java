package dev.ucprov.core.inventory;

import dev.ucprov.core.device.Protocol;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a claimed device was last seen doing.
 *
 * @param recentRequests newest first, at most {@link DeviceInventory#RECENT_REQUESTS}
 */
public record DeviceStatus(
    Instant lastSeen,
    String lastAddress,
    Protocol lastProtocol,
    Optional<String> reportedModel,
    Optional<String> applicationVersion,
    Optional<String> updaterVersion,
    List<RequestRecord> recentRequests) {

  public DeviceStatus {
    recentRequests = List.copyOf(recentRequests);
  }
}
