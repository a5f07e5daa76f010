package dev.ucprov.core.operator;

import static dev.ucprov.core.operator.TenantCatalogTest.field;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceRepository.Listed;
import dev.ucprov.core.inventory.DeviceRepository.Page;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.inventory.UnknownDevice;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.InMemoryStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceCatalogTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private final InMemoryStore store = new InMemoryStore();
  private final DeviceCatalog catalog =
      new DeviceCatalog(store.tenants(), store.devices(), store.inventory());

  @BeforeEach
  void tenants() {
    TenantCatalog tenants = new TenantCatalog(store.tenants());
    tenants.put("acme", new TenantForm("Acme", null, null, null));
    tenants.put("globex", new TenantForm("Globex", null, null, null));
  }

  @Test
  void theMaskedPasswordSentBackKeepsTheDevicesStoredOne() {
    catalog.put(
        "acme",
        "0004f2aabbcc",
        new DeviceForm(
            Optional.empty(),
            Optional.empty(),
            null,
            Optional.of(new CredentialsForm("phone", "pw"))));

    Outcome<Device> again =
        catalog.put(
            "acme",
            "0004f2aabbcc",
            new DeviceForm(
                Optional.of("VVX_410"),
                Optional.empty(),
                null,
                Optional.of(new CredentialsForm("phone", CredentialsForm.MASKED))));

    assertThat(again).isInstanceOf(Outcome.Ok.class);
    assertThat(store.devices().find(MacAddress.parse("0004f2aabbcc")).orElseThrow().credentials())
        .contains(new Credentials("phone", "pw"));
  }

  @Test
  void theMaskedPasswordNeverTakesAnotherTenantsDevicePassword() {
    catalog.put(
        "globex",
        "0004f2aabbcc",
        new DeviceForm(
            Optional.empty(),
            Optional.empty(),
            null,
            Optional.of(new CredentialsForm("phone", "pw"))));

    Outcome<Device> outcome =
        catalog.put(
            "acme",
            "0004f2aabbcc",
            new DeviceForm(
                Optional.empty(),
                Optional.empty(),
                null,
                Optional.of(new CredentialsForm("phone", CredentialsForm.MASKED))));

    assertThat(field(outcome)).isEqualTo("credentials.password");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0004f2aabbcc", "0004F2AABBCC", "00:04:f2:aa:bb:cc", "00-04-F2-AA-BB-CC"})
  void aDeviceIsClaimedWhateverTheMacSpelling(String mac) {
    Outcome<Device> outcome =
        catalog.put(
            "acme",
            mac,
            new DeviceForm(
                Optional.of("VVX_410"),
                Optional.of("Reception"),
                Map.of("line", "201"),
                Optional.of(new CredentialsForm("phone", "pw"))));

    Device expected =
        new Device(
            new TenantId("acme"),
            MacAddress.parse("0004f2aabbcc"),
            Optional.of("VVX_410"),
            Optional.of("Reception"),
            Map.of("line", "201"),
            Optional.of(new Credentials("phone", "pw")));
    assertThat(outcome).isEqualTo(new Outcome.Created<>(expected));
    assertThat(catalog.get("acme", "0004f2aabbcc"))
        .isEqualTo(new Outcome.Ok<>(new Listed(expected, Optional.empty())));
  }

  @Test
  void claimingAMacOfAnotherTenantIsAConflict() {
    catalog.put("acme", "0004f2aabbcc", DeviceForm.empty());

    assertThat(catalog.put("globex", "0004f2aabbcc", DeviceForm.empty()))
        .isEqualTo(new Outcome.Conflict<>("mac: 0004f2aabbcc is a device of tenant acme"));
    assertThat(catalog.get("globex", "0004f2aabbcc")).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void badInputIsInvalidAndStoresNothing() {
    assertThat(field(catalog.put("acme", "not-a-mac", DeviceForm.empty()))).isEqualTo("mac");
    assertThat(field(catalog.put("acme", "000000000000", DeviceForm.empty()))).isEqualTo("mac");
    assertThat(
            field(
                catalog.put(
                    "acme",
                    "0004f2aabbcc",
                    new DeviceForm(Optional.of("VVX 410"), null, null, null))))
        .isEqualTo("model");
    assertThat(
            field(
                catalog.put(
                    "acme", "0004f2aabbcc", new DeviceForm(null, Optional.of("a\nb"), null, null))))
        .isEqualTo("label");
    assertThat(catalog.list("acme", DeviceSearch.all()))
        .isEqualTo(new Outcome.Ok<>(new Page(List.of(), 0)));
  }

  @Test
  void anUnknownTenantIsNotFound() {
    assertThat(catalog.put("nobody", "0004f2aabbcc", DeviceForm.empty()))
        .isInstanceOf(Outcome.NotFound.class);
    assertThat(catalog.list("nobody", DeviceSearch.all())).isInstanceOf(Outcome.NotFound.class);
    assertThat(catalog.unknownDevices("nobody")).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void deleteOnlyInTheOwningTenant() {
    catalog.put("acme", "0004f2aabbcc", DeviceForm.empty());

    assertThat(catalog.delete("globex", "0004f2aabbcc")).isInstanceOf(Outcome.NotFound.class);
    assertThat(catalog.delete("acme", "0004F2AABBCC")).isInstanceOf(Outcome.Ok.class);
    assertThat(catalog.delete("acme", "0004f2aabbcc")).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void theListingIsPagedAndFilteredFromQueryParameters() {
    for (int i = 1; i <= 5; i++) {
      catalog.put(
          "acme",
          String.format("0004f2%06x", i),
          new DeviceForm(Optional.of(i % 2 == 0 ? "VVX_500" : "VVX_410"), null, null, null));
    }

    Outcome<Page> page =
        catalog.list(
            "acme",
            new DeviceSearch(
                Optional.of("vvx410"),
                null,
                Optional.of("2030-01-01T00:00:00Z"),
                Optional.of("1"),
                Optional.of("1")));

    assertThat(page)
        .isInstanceOfSatisfying(
            Outcome.Ok.class,
            ok -> {
              Page p = (Page) ok.value();
              assertThat(p.total()).isEqualTo(3);
              assertThat(p.devices())
                  .extracting(l -> l.device().mac().value())
                  .containsExactly("0004f2000003");
            });
  }

  @Test
  void badQueryParametersAreInvalidByName() {
    assertThat(field(catalog.list("acme", search(Optional.of("yesterday"), null, null))))
        .isEqualTo("notSeenSince");
    assertThat(field(catalog.list("acme", search(null, Optional.of("-1"), null))))
        .isEqualTo("offset");
    assertThat(field(catalog.list("acme", search(null, null, Optional.of("1001")))))
        .isEqualTo("limit");
    assertThat(field(catalog.list("acme", search(null, null, Optional.of("ten")))))
        .isEqualTo("limit");
  }

  @Test
  void theDeviceShowsItsStatusAndUnknownPhonesAreListed() {
    catalog.put("acme", "0004f2aabbcc", DeviceForm.empty());
    store.inventory().record(List.of(sighting("0004f2aabbcc"), sighting("0004f2123456")));

    Outcome<Listed> device = catalog.get("acme", "0004f2aabbcc");
    assertThat(((Outcome.Ok<Listed>) device).value().status()).isPresent();
    assertThat(catalog.unknownDevices("acme"))
        .isInstanceOfSatisfying(
            Outcome.Ok.class,
            ok ->
                assertThat((List<?>) ok.value())
                    .extracting(u -> ((UnknownDevice) u).mac().value())
                    .containsExactly("0004f2123456"));
  }

  private static DeviceSearch search(
      Optional<String> since, Optional<String> offset, Optional<String> limit) {
    return new DeviceSearch(null, null, since, offset, limit);
  }

  private static Sighting sighting(String mac) {
    return new Sighting(
        new TenantId("acme"),
        Optional.of(MacAddress.parse(mac)),
        "192.0.2.1",
        "",
        new RequestRecord(T0, Protocol.HTTP, "GET", mac + ".cfg", 404, 0));
  }
}
