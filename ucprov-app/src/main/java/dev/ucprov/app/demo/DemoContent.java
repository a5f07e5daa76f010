package dev.ucprov.app.demo;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.app.server.OperatorOperations;
import dev.ucprov.core.operator.DeviceForm;
import dev.ucprov.core.operator.Outcome;
import dev.ucprov.core.operator.TenantForm;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo tenant: {@code demo} (host name {@code demo.localhost}), three phones, a master file, a
 * per-phone Pebble template, a site file, an override file and a shared firmware placeholder. Made
 * through the same operator operations the admin API calls. Only what is missing is created, so a
 * second run adds no versions and keeps what an operator changed since.
 */
public final class DemoContent {

  public static final String TENANT = "demo";
  public static final String HOSTNAME = "demo.localhost";

  /** A demo phone: MAC, model token as in its User-Agent, label and template variables. */
  public record Phone(String mac, String model, String label, Map<String, String> variables) {}

  public static final List<Phone> PHONES =
      List.of(
          new Phone(
              "0004f2000001",
              "VVX_410",
              "Reception",
              Map.of("extension", "1001", "sipPassword", "demo-1001-secret")),
          new Phone(
              "0004f2000002",
              "VVX_500",
              "Sales desk",
              Map.of("extension", "1002", "sipPassword", "demo-1002-secret", "gmtOffset", "0")),
          new Phone(
              "0004f2000003",
              "SPIP_650",
              "Warehouse",
              Map.of("extension", "1003", "sipPassword", "demo-1003-secret")));

  /** A demo file: where it is stored, the resource with its content, whether it is a template. */
  private record DemoFile(
      Optional<String> tenant, String path, String resource, boolean template) {}

  private static final List<DemoFile> FILES =
      List.of(
          new DemoFile(Optional.of(TENANT), "000000000000.cfg", "000000000000.cfg", false),
          new DemoFile(Optional.of(TENANT), "[PHONE_MAC_ADDRESS]-lines.cfg", "lines.cfg.peb", true),
          new DemoFile(Optional.of(TENANT), "site.cfg", "site.cfg", false),
          new DemoFile(
              Optional.of(TENANT),
              "overrides/0004f2000001-phone.cfg",
              "overrides-phone.cfg",
              false),
          new DemoFile(Optional.empty(), "sip.ld", "sip.ld", false));

  private final OperatorOperations operations;

  public DemoContent(OperatorOperations operations) {
    this.operations = operations;
  }

  /** Creates what is missing; says what it created, empty when everything was there. */
  public List<String> ensure() {
    List<String> created = new ArrayList<>();
    ensureTenant(created);
    PHONES.forEach(phone -> ensureDevice(phone, created));
    FILES.forEach(file -> ensureFile(file, created));
    return created;
  }

  private void ensureTenant(List<String> created) {
    if (isMissing(operations.tenants().get(TENANT))) {
      TenantForm form =
          new TenantForm(
              "Demo company",
              List.of(HOSTNAME),
              Optional.empty(),
              Map.of("sipServer", "pbx.demo.localhost", "gmtOffset", "3600"));
      accepted(operations.tenants().put(TENANT, form), "tenant " + TENANT);
      created.add("tenant " + TENANT);
    }
  }

  private void ensureDevice(Phone phone, List<String> created) {
    if (isMissing(operations.devices().get(TENANT, phone.mac()))) {
      DeviceForm form =
          new DeviceForm(
              Optional.of(phone.model()),
              Optional.of(phone.label()),
              phone.variables(),
              Optional.empty());
      accepted(operations.devices().put(TENANT, phone.mac(), form), "device " + phone.mac());
      created.add("device " + phone.mac());
    }
  }

  private void ensureFile(DemoFile file, List<String> created) {
    if (isMissing(operations.files().get(file.tenant(), file.path()))) {
      store(file);
      created.add("file " + (file.tenant().isEmpty() ? "shared/" : "") + file.path());
    }
  }

  private void store(DemoFile file) {
    try (InputStream content = resource(file.resource())) {
      accepted(
          operations.files().put(file.tenant(), file.path(), content, file.template()),
          "file " + file.path());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the demo file " + file.path(), e);
    }
  }

  private static boolean isMissing(Outcome<?> outcome) {
    return outcome instanceof Outcome.NotFound<?>;
  }

  /** A demo object the server refused (a MAC or host name another tenant holds): say which. */
  private static void accepted(Outcome<?> outcome, String what) {
    switch (outcome) {
      case Outcome.Ok<?> ok -> {}
      case Outcome.Created<?> created -> {}
      case Outcome.Invalid<?> invalid -> throw refused(what, invalid.message());
      case Outcome.Conflict<?> conflict -> throw refused(what, conflict.message());
      case Outcome.NotFound<?> notFound -> throw refused(what, notFound.message());
    }
  }

  private static InputException refused(String what, String message) {
    return new InputException("cannot create the demo's " + what + ": " + message);
  }

  private static InputStream resource(String name) {
    InputStream in = DemoContent.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("demo resource missing from the jar: " + name);
    }
    return in;
  }
}
