package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.PhoneIdentity;
import dev.ucprov.core.device.Requester;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request seen from a phone, to be recorded off the request path.
 *
 * <p>It also carries the {@link DeviceInventory} contract's rule of what a sighting changes, so
 * every implementation applies the same one.
 *
 * @param tenant the tenant the request reached
 * @param mac the MAC the request named (in its file name), when it named one
 * @param sourceAddress the client's address, without port
 * @param userAgent the User-Agent as sent, or empty
 * @param request what was asked and answered
 */
public record Sighting(
    TenantId tenant,
    Optional<MacAddress> mac,
    String sourceAddress,
    String userAgent,
    RequestRecord request) {

  /**
   * A claimed device's status after this sighting: seen now, from this address and protocol; the
   * model and versions the User-Agent tells, else those known before (the application version only
   * from {@code Type/Application}, the updater's only from {@code Type/Updater}).
   *
   * @param recentRequests the requests the new status lists (the caller keeps them)
   */
  public DeviceStatus nextStatus(
      Optional<DeviceStatus> before, List<RequestRecord> recentRequests) {
    PhoneIdentity identity = PhoneIdentity.fromUserAgent(userAgent);
    Optional<String> model =
        identity.knowsModel()
            ? Optional.of(identity.modelToken())
            : before.flatMap(DeviceStatus::reportedModel);
    return new DeviceStatus(
        request.time(),
        sourceAddress,
        request.protocol(),
        model,
        told(identity, Requester.APPLICATION, before, DeviceStatus::applicationVersion),
        told(identity, Requester.UPDATER, before, DeviceStatus::updaterVersion),
        recentRequests);
  }

  /**
   * The unknown-device entry for this sighting's MAC after it: first seen kept, last seen now,
   * counted once more. A request without an agent (TFTP) keeps the agent seen before, which tells
   * the model.
   */
  public UnknownDevice nextUnknown(Optional<UnknownDevice> before) {
    MacAddress named = mac.orElseThrow(() -> new IllegalStateException("sighting names no MAC"));
    String sent = userAgent == null ? "" : userAgent;
    String agent = sent.isEmpty() ? before.map(UnknownDevice::userAgent).orElse(sent) : sent;
    return before
        .map(b ->
            new UnknownDevice(
                named, b.firstSeen(), request.time(), sourceAddress, agent, b.count() + 1))
        .orElseGet(() ->
            new UnknownDevice(named, request.time(), request.time(), sourceAddress, agent, 1));
  }

  private static Optional<String> told(
      PhoneIdentity identity,
      Requester requester,
      Optional<DeviceStatus> before,
      Function<DeviceStatus, Optional<String>> previous) {
    boolean tells =
        identity.requester() == requester && !PhoneIdentity.UNKNOWN.equals(identity.version());
    return tells ? Optional.of(identity.version()) : before.flatMap(previous);
  }
}
