package dev.ucprov.app.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.app.cli.InputException;
import dev.ucprov.core.tenant.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Writes a tenant's files as the server serves them: every stored path of the tenant and of the
 * shared files (the tenant's shadowing the shared ones), and every per-device name ({@code
 * [PHONE_MAC_ADDRESS]}) once for each known device, rendered for it. The list comes from the admin
 * API, the bytes from the phone listener, so they are exactly what phones get. The result, served
 * by any static web server, gives phones the same bytes. Not thread-safe: one per export.
 */
final class TreeExport {

  static final String MAC_TOKEN = "[PHONE_MAC_ADDRESS]";
  private static final int PAGE = 1000;

  /** What to export: the served paths, sorted, and how many devices they were computed for. */
  record Plan(List<String> paths, int devices) {}

  /** What an export wrote, for its summary. */
  record Result(int files, long bytes, List<String> warnings) {}

  private final AdminClient api;
  private final PhoneView phones;
  private final TenantId tenant;

  TreeExport(AdminClient api, PhoneView phones, TenantId tenant) {
    this.api = api;
    this.phones = phones;
    this.tenant = tenant;
  }

  /** Reads the tenant's devices and files. */
  Plan plan() {
    if (api.getJson(ApiPaths.tenant(tenant)).isEmpty()) {
      throw new InputException("no tenant " + tenant + " at " + api.base());
    }
    List<String> macs = deviceMacs();
    return new Plan(servedPaths(macs), macs.size());
  }

  private List<String> servedPaths(List<String> macs) {
    TreeSet<String> stored =
        new TreeSet<>(new FileListing(api).files(ApiPaths.files(tenant)).keySet());
    stored.addAll(new FileListing(api).files(ApiPaths.sharedFiles()).keySet());
    TreeSet<String> served = new TreeSet<>();
    for (String path : stored) {
      if (path.contains(MAC_TOKEN)) {
        macs.forEach(mac -> served.add(path.replace(MAC_TOKEN, mac)));
      } else {
        served.add(path);
      }
    }
    return List.copyOf(served);
  }

  /** The MACs of every device of the tenant, page by page. */
  private List<String> deviceMacs() {
    List<String> macs = new ArrayList<>();
    for (int offset = 0; ; offset += PAGE) {
      JsonNode page =
          api.getJson(ApiPaths.devices(tenant) + "?offset=" + offset + "&limit=" + PAGE)
              .orElseThrow(() -> new InputException("no tenant " + tenant + " at " + api.base()));
      JsonNode devices = page.path("devices");
      devices.forEach(device -> macs.add(device.path("mac").asText()));
      if (devices.size() < PAGE) {
        return macs;
      }
    }
  }

  Result run(Plan plan, Path out, Progress progress) {
    List<String> warnings = new ArrayList<>();
    int files = 0;
    long bytes = 0;
    for (String path : plan.paths()) {
      long size = export(out, path, warnings);
      if (size >= 0) {
        files++;
        bytes += size;
      }
      progress.advance(Math.max(size, 0));
    }
    progress.finish();
    return new Result(files, bytes, warnings);
  }

  /** Writes one path; its size, or -1 when the server serves nothing for it (with a warning). */
  private long export(Path out, String path, List<String> warnings) {
    Optional<InputStream> body;
    try {
      body = phones.fetch(tenant, path);
    } catch (InputException e) {
      warnings.add(path + " not exported: " + e.getMessage());
      return -1;
    }
    if (body.isEmpty()) {
      warnings.add(path + " not exported: the phone listener answers 404");
      return -1;
    }
    Path target = out.resolve(path);
    try {
      return AtomicWrite.write(target, body.get());
    } catch (IOException e) {
      throw new InputException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
