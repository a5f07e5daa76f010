package dev.ucprov.http.admin;

import dev.ucprov.core.inventory.DeviceQuery;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.operator.DeviceCatalog;
import dev.ucprov.core.operator.DeviceSearch;
import dev.ucprov.core.operator.Inspection;
import dev.ucprov.core.operator.Outcome;
import java.util.Optional;

/**
 * A tenant's devices:
 *
 * <ul>
 *   <li>{@code GET .../devices?model=&firmware=&notSeenSince=<ISO-8601>&offset=&limit=}: {@code
 *       {"devices": [...], "total", "offset", "limit"}}, ordered by MAC, limit 1..1000 (default
 *       100)
 *   <li>{@code PUT .../devices/{mac}} with {@code {"model", "label", "variables", "credentials"}}
 *       (all optional): 201 (claimed) or 200; a MAC another tenant has is 409
 *   <li>{@code GET .../devices/{mac}}: the device with its inventory and recent requests
 *   <li>{@code DELETE .../devices/{mac}}: 200 with the released device
 *   <li>{@code GET .../devices/{mac}/effective-config}: the explain JSON
 *   <li>{@code GET .../unknown-devices}: {@code {"unknownDevices": [{"mac", "firstSeen",
 *       "lastSeen", "lastAddress", "userAgent", "count"}]}}
 * </ul>
 */
final class DeviceRoutes {

  private static final String BASE = "/api/v1/tenants/{tenant}";

  private final DeviceCatalog devices;
  private final Inspection inspection;
  private final AdminLimits limits;

  DeviceRoutes(DeviceCatalog devices, Inspection inspection, AdminLimits limits) {
    this.devices = devices;
    this.inspection = inspection;
    this.limits = limits;
  }

  void addTo(Router router) {
    router.add("GET", BASE + "/devices", this::list);
    router.add("PUT", BASE + "/devices/{mac}", this::put);
    router.add(
        "GET",
        BASE + "/devices/{mac}",
        r ->
            Replies.of(
                devices.get(r.variable("tenant"), r.variable("mac")),
                listed -> DeviceJson.of(listed, true)));
    router.add(
        "DELETE",
        BASE + "/devices/{mac}",
        r -> Replies.of(devices.delete(r.variable("tenant"), r.variable("mac")), DeviceJson::of));
    router.add(
        "GET",
        BASE + "/devices/{mac}/effective-config",
        r ->
            Replies.of(
                inspection.effectiveConfig(r.variable("tenant"), r.variable("mac")),
                ExplainJson::of));
    router.add(
        "GET",
        BASE + "/unknown-devices",
        r -> Replies.of(devices.unknownDevices(r.variable("tenant")), DeviceJson::unknown));
  }

  private ApiReply put(ApiRequest request) throws java.io.IOException {
    var body = JsonBody.object(request, limits.jsonBytes(), DeviceJson.FIELDS);
    return Replies.of(
        devices.put(request.variable("tenant"), request.variable("mac"), DeviceJson.form(body)),
        DeviceJson::of);
  }

  private ApiReply list(ApiRequest request) {
    DeviceSearch search =
        new DeviceSearch(
            request.query("model"),
            request.query("firmware"),
            request.query("notSeenSince"),
            request.query("offset"),
            request.query("limit"));
    Outcome<DeviceRepository.Page> page = devices.list(request.variable("tenant"), search);
    return Replies.of(page, p -> DeviceJson.page(p, shown(search, p)));
  }

  /** The offset and limit the listing used, for the reply; the catalog checked them already. */
  private static DeviceQuery shown(DeviceSearch search, DeviceRepository.Page page) {
    int offset = search.offset().map(String::strip).map(Integer::parseInt).orElse(0);
    int limit =
        search.limit().map(String::strip).map(Integer::parseInt).orElse(DeviceSearch.DEFAULT_LIMIT);
    return new DeviceQuery(Optional.empty(), Optional.empty(), Optional.empty(), offset, limit);
  }
}
