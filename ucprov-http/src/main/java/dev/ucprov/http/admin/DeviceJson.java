package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.inventory.DeviceStatus;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.operator.DeviceForm;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A device in JSON: what the operator set ({@code tenant, mac, model, label, variables,
 * credentials}) and what the phone was last seen doing ({@code lastSeen} as ISO-8601, {@code
 * lastAddress, lastProtocol, reportedModel, applicationVersion, updaterVersion}, all {@code null}
 * until it is seen), and its check-sync settings ({@code sip}, {@code push}: {@link
 * CheckSyncSettingsJson}). A single device also carries {@code recentRequests}, newest first; a
 * listing leaves them out to stay small.
 */
final class DeviceJson {

  static final Set<String> FIELDS =
      Set.of("model", "label", "variables", "credentials", "sip", "push");

  private DeviceJson() {}

  static ObjectNode of(DeviceRepository.Listed listed, boolean withRequests) {
    Device device = listed.device();
    ObjectNode node = Json.object();
    node.put("tenant", device.tenant().value());
    node.put("mac", device.mac().value());
    putOptional(node, "model", device.model());
    putOptional(node, "label", device.label());
    TenantJson.putVariables(node, device.variables());
    TenantJson.putCredentials(node, device.credentials());
    CheckSyncSettingsJson.putSip(node, device.sip());
    CheckSyncSettingsJson.putPush(node, device.push());
    putStatus(node, listed.status());
    if (withRequests) {
      ArrayNode requests = node.putArray("recentRequests");
      listed.status().map(DeviceStatus::recentRequests).orElse(List.of()).stream()
          .map(DeviceJson::request)
          .forEach(requests::add);
    }
    return node;
  }

  /** A device just stored: nothing seen yet is known from the put itself. */
  static ObjectNode of(Device device) {
    return of(new DeviceRepository.Listed(device, Optional.empty()), false);
  }

  static ObjectNode page(DeviceRepository.Page page, DeviceQuery query) {
    ObjectNode node = Json.object();
    ArrayNode devices = node.putArray("devices");
    page.devices().forEach(listed -> devices.add(of(listed, false)));
    node.put("total", page.total());
    node.put("offset", query.offset());
    node.put("limit", query.limit());
    return node;
  }

  static ObjectNode unknown(List<UnknownDevice> unknown) {
    ObjectNode node = Json.object();
    ArrayNode array = node.putArray("unknownDevices");
    for (UnknownDevice u : unknown) {
      array
          .addObject()
          .put("mac", u.mac().value())
          .put("firstSeen", u.firstSeen().toString())
          .put("lastSeen", u.lastSeen().toString())
          .put("lastAddress", u.lastAddress())
          .put("userAgent", u.userAgent())
          .put("count", u.count());
    }
    return node;
  }

  static DeviceForm form(ObjectNode body) {
    return new DeviceForm(
        JsonBody.text(body, "model"),
        JsonBody.text(body, "label"),
        JsonBody.textMap(body, "variables"),
        TenantJson.credentials(body),
        CheckSyncSettingsJson.sip(body),
        CheckSyncSettingsJson.push(body));
  }

  private static void putStatus(ObjectNode node, Optional<DeviceStatus> status) {
    putOptional(node, "lastSeen", status.map(s -> s.lastSeen().toString()));
    putOptional(node, "lastAddress", status.map(DeviceStatus::lastAddress));
    putOptional(node, "lastProtocol", status.map(s -> s.lastProtocol().label()));
    putOptional(node, "reportedModel", status.flatMap(DeviceStatus::reportedModel));
    putOptional(node, "applicationVersion", status.flatMap(DeviceStatus::applicationVersion));
    putOptional(node, "updaterVersion", status.flatMap(DeviceStatus::updaterVersion));
  }

  private static ObjectNode request(RequestRecord r) {
    return Json.object()
        .put("time", r.time().toString())
        .put("protocol", r.protocol().label())
        .put("method", r.method())
        .put("path", r.path())
        .put("status", r.status())
        .put("bytes", r.bytes());
  }

  static ObjectNode putOptional(ObjectNode node, String key, Optional<String> value) {
    value.ifPresentOrElse(v -> node.put(key, v), () -> node.putNull(key));
    return node;
  }
}
