package dev.ucprov.app.transfer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ucprov.app.cli.InputException;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.provisioning.MacName;
import dev.ucprov.core.tenant.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads scanned files into a tenant: each file becomes the tenant file at its tree path (a MAC in
 * its name in lower case, as phones ask), uploaded only when the stored file differs, so running
 * the same import twice adds no versions; then every phone named by a file is claimed when no
 * tenant has it yet. Not thread-safe: one per import.
 */
final class TreeImport {

  /** What an import did, for its summary. */
  record Result(
      boolean tenantCreated,
      int added,
      int changed,
      int unchanged,
      List<String> renamed,
      List<MacAddress> devicesCreated,
      List<String> warnings) {}

  private final AdminClient api;
  private final TenantId tenant;
  private final FileListing listing;

  TreeImport(AdminClient api, TenantId tenant) {
    this.api = api;
    this.tenant = tenant;
    this.listing = new FileListing(api);
  }

  Result run(List<TreeScan.Entry> entries, Progress progress) {
    boolean tenantCreated = ensureTenant();
    Map<String, FileListing.Listed> stored = listing.files(ApiPaths.files(tenant));
    Tally tally = new Tally();
    for (TreeScan.Entry entry : entries) {
      upload(entry, stored, tally);
      progress.advance(entry.size());
    }
    progress.finish();
    List<String> warnings = new ArrayList<>();
    List<MacAddress> created = claim(tally.phones, warnings);
    int unchanged = entries.size() - tally.added - tally.changed;
    return new Result(
        tenantCreated, tally.added, tally.changed, unchanged, tally.renamed, created, warnings);
  }

  /** What the uploads did so far. Not thread-safe. */
  private static final class Tally {
    int added;
    int changed;
    final List<String> renamed = new ArrayList<>();
    final Map<MacAddress, FilePath> phones = new LinkedHashMap<>();
  }

  /** Sends one file unless the tenant holds the same bytes at its path already. */
  private void upload(TreeScan.Entry entry, Map<String, FileListing.Listed> stored, Tally tally) {
    FilePath target = entry.path();
    Optional<MacName> named = MacName.in(entry.path());
    if (named.isPresent()) {
      target = named.get().canonical();
      tally.phones.putIfAbsent(named.get().mac(), target);
      if (!target.equals(entry.path())) {
        tally.renamed.add(entry.path() + " -> " + target);
      }
    }
    FileListing.Listed previous = stored.get(target.value());
    if (previous != null && previous.holds(sha256(entry))) {
      return;
    }
    api.putFile(ApiPaths.file(tenant, target), entry.file());
    if (previous == null) {
      tally.added++;
    } else {
      tally.changed++;
    }
  }

  private boolean ensureTenant() {
    if (api.getJson(ApiPaths.tenant(tenant)).isPresent()) {
      return false;
    }
    api.putJson(
        ApiPaths.tenant(tenant), JsonNodeFactory.instance.objectNode().put("name", tenant.value()));
    return true;
  }

  /** Claims each phone no tenant has; a phone another tenant has is left there, with a warning. */
  private List<MacAddress> claim(Map<MacAddress, FilePath> phones, List<String> warnings) {
    List<MacAddress> created = new ArrayList<>();
    for (Map.Entry<MacAddress, FilePath> phone : phones.entrySet()) {
      String path = ApiPaths.device(tenant, phone.getKey());
      if (api.getJson(path).isPresent()) {
        continue;
      }
      try {
        api.putJson(path, JsonNodeFactory.instance.objectNode());
        created.add(phone.getKey());
      } catch (InputException e) {
        warnings.add(
            "device "
                + phone.getKey()
                + " (named by "
                + phone.getValue()
                + ") not claimed: "
                + e.getMessage());
      }
    }
    return created;
  }

  private static String sha256(TreeScan.Entry entry) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(entry.file()), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new InputException("cannot read " + entry.file() + ": " + e.getMessage(), e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
