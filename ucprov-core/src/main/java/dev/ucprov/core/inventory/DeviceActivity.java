package dev.ucprov.core.inventory;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.PhoneIdentity;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.device.Requester;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sightings of one MAC in one tenant, folded in order as they arrive: what the last one told
 * (time, address, protocol), the model and versions the last telling User-Agents told, the first
 * time, the count, and the newest requests. Applying it to a stored status or unknown-device entry
 * gives what applying each sighting in turn would ({@link Sighting#nextStatus}, {@link
 * Sighting#nextUnknown}), without keeping the sightings. A User-Agent is parsed only when it
 * differs from the one before: a phone sends the same one every time. Not thread-safe.
 */
public final class DeviceActivity {

  private final TenantId tenant;
  private final MacAddress mac;
  private final RequestRing requests = new RequestRing();
  private int sightings;
  private Instant firstSeen;
  private Instant lastSeen;
  private String lastAddress;
  private Protocol lastProtocol;
  private String lastAgent = "";
  private String parsedAgent;
  private PhoneIdentity parsed;
  private String model;
  private String applicationVersion;
  private String updaterVersion;

  DeviceActivity(TenantId tenant, MacAddress mac) {
    this.tenant = tenant;
    this.mac = mac;
  }

  /** Folds in a sighting of this tenant and MAC, later than those folded before. */
  void add(Sighting sighting) {
    RequestRecord request = sighting.request();
    if (sightings++ == 0) {
      firstSeen = request.time();
    }
    lastSeen = request.time();
    lastAddress = sighting.sourceAddress();
    lastProtocol = request.protocol();
    requests.add(request);
    String agent = sighting.userAgent() == null ? "" : sighting.userAgent();
    if (agent.isEmpty()) {
      return;
    }
    lastAgent = agent;
    if (!agent.equals(parsedAgent)) {
      parsedAgent = agent;
      parsed = PhoneIdentity.fromUserAgent(agent);
    }
    if (parsed.knowsModel()) {
      model = parsed.modelToken();
    }
    if (!PhoneIdentity.UNKNOWN.equals(parsed.version())) {
      if (parsed.requester() == Requester.APPLICATION) {
        applicationVersion = parsed.version();
      } else if (parsed.requester() == Requester.UPDATER) {
        updaterVersion = parsed.version();
      }
    }
  }

  public TenantId tenant() {
    return tenant;
  }

  public MacAddress mac() {
    return mac;
  }

  /** How many sightings were folded in. */
  public int sightings() {
    return sightings;
  }

  public Instant lastSeen() {
    return lastSeen;
  }

  public String lastAddress() {
    return lastAddress;
  }

  public Protocol lastProtocol() {
    return lastProtocol;
  }

  /** The model the last User-Agent that named one named; empty when none did. */
  public Optional<String> reportedModel() {
    return Optional.ofNullable(model);
  }

  /** The version the last {@code Type/Application} agent told; empty when none did. */
  public Optional<String> applicationVersion() {
    return Optional.ofNullable(applicationVersion);
  }

  /** The version the last {@code Type/Updater} agent told; empty when none did. */
  public Optional<String> updaterVersion() {
    return Optional.ofNullable(updaterVersion);
  }

  /** The newest requests, at most {@link DeviceInventory#RECENT_REQUESTS}. */
  public RequestRing requests() {
    return requests;
  }

  /** The status after these sightings, on top of {@code before} (whose requests come after). */
  public DeviceStatus nextStatus(Optional<DeviceStatus> before) {
    List<RequestRecord> recent = new ArrayList<>(requests.newestFirst());
    before.ifPresent(status -> recent.addAll(status.recentRequests()));
    return new DeviceStatus(
        lastSeen,
        lastAddress,
        lastProtocol,
        reportedModel().or(() -> before.flatMap(DeviceStatus::reportedModel)),
        applicationVersion().or(() -> before.flatMap(DeviceStatus::applicationVersion)),
        updaterVersion().or(() -> before.flatMap(DeviceStatus::updaterVersion)),
        recent.subList(0, Math.min(recent.size(), DeviceInventory.RECENT_REQUESTS)));
  }

  /**
   * The unknown-device entry after these sightings: first seen kept, counted once more for each;
   * the agent the last sighting with one sent, else the one seen before.
   */
  public UnknownDevice nextUnknown(Optional<UnknownDevice> before) {
    String agent =
        lastAgent.isEmpty() ? before.map(UnknownDevice::userAgent).orElse(lastAgent) : lastAgent;
    return new UnknownDevice(
        mac,
        before.map(UnknownDevice::firstSeen).orElse(firstSeen),
        lastSeen,
        lastAddress,
        agent,
        before.map(UnknownDevice::count).orElse(0L) + sightings);
  }
}
