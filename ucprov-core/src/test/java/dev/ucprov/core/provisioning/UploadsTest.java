package dev.ucprov.core.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ucprov.core.access.PasswordProof;
import dev.ucprov.core.access.Proof;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.RequestRecord;
import dev.ucprov.core.inventory.Sighting;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.testing.ForwardingBlobStore;
import dev.ucprov.core.testing.InMemoryStore;
import dev.ucprov.core.testing.MutableClock;
import dev.ucprov.core.testing.PlaceholderRenderer;
import dev.ucprov.core.upload.GroupCommitUploads;
import dev.ucprov.core.upload.UploadLimits;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UploadsTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
  private static final String OVERRIDE = "<PHONE_CONFIG><OVERRIDES a.b=\"1\"/></PHONE_CONFIG>";
  private static final MacAddress MAC = MacAddress.parse("0004f2aabbcc");
  private static final TenantId ACME = new TenantId("acme");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryStore store = new InMemoryStore(clock);
  private final List<Sighting> sightings = new CopyOnWriteArrayList<>();
  private final UploadLimits limits = new UploadLimits(100, 100, 100, 100, 1000, 3);
  private final ServedFiles served =
      new ServedFiles(
          store.devices(),
          store.files(),
          store.uploads(),
          store.blobs(),
          new PlaceholderRenderer(),
          new RenderCache(10, 100_000),
          new ServerUrls("http://prov.example", ""),
          clock);
  private final ProvisioningService reads =
      new ProvisioningService(store.tenants(), served, sightings::add, clock);
  private Uploads uploads = uploads(store.blobs());

  private Uploads uploads(BlobStore blobs) {
    return new Uploads(
        reads,
        store.tenants(),
        store.devices(),
        store.uploads(),
        blobs,
        limits,
        sightings::add,
        clock);
  }

  @BeforeEach
  void acme() {
    tenant("acme", Optional.empty());
    tenant("globex", Optional.empty());
    device("acme", MAC, Optional.empty());
    device("globex", MacAddress.parse("0004f2000002"), Optional.empty());
  }

  private void tenant(String id, Optional<Credentials> credentials) {
    store
        .tenants()
        .put(new Tenant(new TenantId(id), "Tenant " + id, List.of(), credentials, Map.of()));
  }

  private void device(String tenant, MacAddress mac, Optional<Credentials> credentials) {
    store
        .devices()
        .put(
            new Device(
                new TenantId(tenant),
                mac,
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                credentials));
  }

  private static FileRequest request(String path) {
    return request(path, Proof.none());
  }

  private static FileRequest request(String path, Proof proof) {
    return new FileRequest(Protocol.HTTP, Optional.empty(), path, "192.0.2.10", "agent", proof);
  }

  private static Proof password(String username, String password) {
    return Proof.of(new PasswordProof(username, password::equals));
  }

  private UploadTicket admitted(String path) {
    UploadAdmission admission = uploads.admit(request(path), "PUT");
    assertThat(admission).isInstanceOf(UploadAdmission.Admitted.class);
    return ((UploadAdmission.Admitted) admission).ticket();
  }

  private UploadReply put(String path, String content) {
    return uploads.store(admitted(path), content.getBytes(StandardCharsets.UTF_8));
  }

  private UploadReply.Refused refusedAdmission(String path) {
    UploadAdmission admission = uploads.admit(request(path), "PUT");
    assertThat(admission).isInstanceOf(UploadAdmission.Refused.class);
    return ((UploadAdmission.Refused) admission).reply();
  }

  private static String text(FileReply reply, InMemoryStore store) throws IOException {
    assertThat(reply).isInstanceOf(FileReply.Served.class);
    FileReply.Body.Stored body = (FileReply.Body.Stored) ((FileReply.Served) reply).body();
    return new String(store.blobs().read(body.blob()).orElseThrow(), StandardCharsets.UTF_8);
  }

  private List<RequestRecord> recorded() {
    return sightings.stream().map(Sighting::request).toList();
  }

  @Test
  void anAdmittedUploadCarriesItsKindsCapAndWhoWrites() {
    UploadTicket ticket = admitted("acme/logs/0004F2AABBCC-app.log");

    assertThat(ticket.name()).isEqualTo(UploadName.parse("0004f2aabbcc-app.log").orElseThrow());
    assertThat(ticket.cap()).isEqualTo(100);
    assertThat(ticket.tenant()).isEqualTo(ACME);
    assertThat(ticket.credential()).isEqualTo("anonymous");
    assertThat(ticket.routing()).isEqualTo(Routing.of(ACME, Optional.of(MAC)));
  }

  @Test
  void storedUploadsAreVersionsThatAGetOfTheSameNameReturnsFromAnyDirectory() throws Exception {
    UploadReply first = put("acme/overrides/0004f2aabbcc-phone.cfg", OVERRIDE);
    clock.advance(Duration.ofSeconds(5));
    UploadReply second = put("acme/0004F2AABBCC-phone.cfg", OVERRIDE.replace("1", "2"));

    assertThat(first)
        .isInstanceOfSatisfying(
            UploadReply.Stored.class,
            s -> {
              assertThat(s.created()).isTrue();
              assertThat(s.version().version()).isEqualTo(1);
              assertThat(s.version().source()).isEqualTo("192.0.2.10");
              assertThat(s.version().credential()).isEqualTo("anonymous");
            });
    assertThat(second)
        .isInstanceOfSatisfying(
            UploadReply.Stored.class,
            s -> {
              assertThat(s.created()).isFalse();
              assertThat(s.version().version()).isEqualTo(2);
              assertThat(s.version().time()).isEqualTo(T0.plusSeconds(5));
            });
    for (String path :
        List.of("acme/overrides/0004f2aabbcc-phone.cfg", "acme/0004f2aabbcc-phone.cfg")) {
      FileReply reply = reads.fetch(request(path));
      assertThat(text(reply, store)).isEqualTo(OVERRIDE.replace("1", "2"));
      assertThat(((FileReply.Served) reply).lastModified()).isEqualTo(T0.plusSeconds(5));
    }
  }

  @Test
  void anUploadShadowsTheTenantsStoredFileOfThatName() throws Exception {
    BlobRef stored = store.blobs().put("from the operator".getBytes(StandardCharsets.UTF_8));
    store
        .files()
        .put(FileScope.of(ACME), new FilePath("overrides/0004f2aabbcc-web.cfg"), stored, false);
    String path = "acme/overrides/0004f2aabbcc-web.cfg";
    assertThat(text(reads.fetch(request(path)), store)).isEqualTo("from the operator");

    put(path, OVERRIDE);

    assertThat(text(reads.fetch(request(path)), store)).isEqualTo(OVERRIDE);
  }

  @Test
  void theDevicesTreeSeesUploadsSoEffectiveConfigDoes() {
    put("acme/0004f2aabbcc-phone.cfg", OVERRIDE);
    Device device = store.devices().find(MAC).orElseThrow();
    Tenant acme = store.tenants().find(ACME).orElseThrow();

    assertThat(served.deviceTree(acme, device).read("overrides/0004f2aabbcc-phone.cfg"))
        .hasValueSatisfying(
            bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(OVERRIDE));
  }

  @Test
  void everyUploadIsRecordedOnceWithItsMethodStatusAndBytes() {
    UploadTicket ticket = admitted("acme/0004f2aabbcc-directory.xml");
    uploads.store(ticket, "<directory><item_list/></directory>".getBytes(StandardCharsets.UTF_8));
    uploads.store(ticket, "<directory/>".getBytes(StandardCharsets.UTF_8));
    uploads.tooLarge(ticket, 101);
    uploads.cutShort(ticket, 7);
    put("acme/0004f2aabbcc-directory.xml", "<directory><item_list/></directory>");
    uploads.admit(request("acme/0004f2aabbcc.cfg"), "PUT");
    uploads.admit(request("acme/0004f2ffffff-phone.cfg"), "PUT");

    assertThat(recorded())
        .extracting(RequestRecord::method, RequestRecord::status, RequestRecord::bytes)
        .containsExactly(
            tuple("PUT", 201, 35L),
            tuple("PUT", 400, 12L),
            tuple("PUT", 413, 101L),
            tuple("PUT", 400, 7L),
            tuple("PUT", 204, 35L),
            tuple("PUT", 405, 0L),
            tuple("PUT", 404, 0L));
    assertThat(sightings.getFirst().mac()).contains(MAC);
    assertThat(sightings.getFirst().request().path()).isEqualTo("acme/0004f2aabbcc-directory.xml");
    assertThat(sightings.getLast().mac()).contains(MacAddress.parse("0004f2ffffff"));
  }

  @Test
  void aRefusedUploadKeepsThePreviousVersionTheLatest() throws Exception {
    put("acme/0004f2aabbcc-phone.cfg", OVERRIDE);

    UploadReply refused = put("acme/0004f2aabbcc-phone.cfg", "<PHONE_CONFIG>\n<OVERRIDES>");
    UploadReply tooLarge = uploads.tooLarge(admitted("acme/0004f2aabbcc-phone.cfg"), 101);

    assertThat(refused)
        .isInstanceOfSatisfying(
            UploadReply.Refused.class,
            r -> {
              assertThat(r.status()).isEqualTo(400);
              assertThat(r.message()).startsWith("line 2, column ").contains("malformed XML");
            });
    assertThat(tooLarge)
        .isEqualTo(
            new UploadReply.Refused(
                413,
                "0004f2aabbcc-phone.cfg is larger than the limit of 100 bytes for override-phone"
                    + " uploads",
                Routing.of(ACME, Optional.of(MAC))));
    assertThat(store.uploads().versions(ACME, UploadName.parse("0004f2aabbcc-phone.cfg").get()))
        .extracting(UploadVersion::version)
        .containsExactly(1);
    assertThat(text(reads.fetch(request("acme/0004f2aabbcc-phone.cfg")), store))
        .isEqualTo(OVERRIDE);
  }

  @Test
  void requestsThatReachNoDeviceOrNoUploadNameAreRefusedBeforeTheBody() {
    assertThat(refusedAdmission("nobody/0004f2aabbcc-phone.cfg"))
        .isEqualTo(new UploadReply.Refused(404, "Not Found", Routing.nowhere()));
    assertThat(refusedAdmission("acme/0004f2ffffff-phone.cfg").status()).isEqualTo(404);
    assertThat(refusedAdmission("acme/0004f2000002-phone.cfg").status()).isEqualTo(404);
    assertThat(refusedAdmission("acme/../0004f2aabbcc-phone.cfg").status()).isEqualTo(404);
    for (String path :
        List.of(
            "acme/0004f2aabbcc.cfg",
            "acme/000000000000-phone.cfg",
            "acme/site.cfg",
            "acme/0004f2aabbcc-lines.cfg")) {
      UploadReply.Refused refused = refusedAdmission(path);
      assertThat(refused.status()).isEqualTo(405);
      assertThat(refused.message())
          .endsWith(
              " is not a file phones write: uploads are <MAC>-phone.cfg, <MAC>-web.cfg,"
                  + " <MAC>-directory.xml, <MAC>-calls.xml and <MAC>-<name>.log");
    }
    assertThat(store.uploads().files(ACME, MAC)).isEmpty();
  }

  @Test
  void theAccessPolicyDecidesWritesAndTheVersionRecordsWhoWrote() {
    tenant("locked", Optional.of(new Credentials("prov", "secret")));
    device("locked", MacAddress.parse("0004f2000003"), Optional.empty());
    device("acme", MacAddress.parse("0004f2000004"), Optional.of(new Credentials("d", "p")));

    assertThat(refusedAdmission("locked/0004f2000003-phone.cfg").status()).isEqualTo(401);
    assertThat(refusedAdmission("locked/0004f2ffffff-phone.cfg").status()).isEqualTo(401);
    assertThat(refusedAdmission("acme/0004f2000004-phone.cfg").status()).isEqualTo(401);
    UploadAdmission wrongDevice =
        uploads.admit(request("acme/0004f2aabbcc-phone.cfg", password("d", "p")), "PUT");
    assertThat(wrongDevice)
        .isInstanceOfSatisfying(
            UploadAdmission.Refused.class, r -> assertThat(r.reply().status()).isEqualTo(403));
    UploadAdmission tenantCredentials =
        uploads.admit(request("locked/0004f2000003-phone.cfg", password("prov", "secret")), "PUT");
    UploadAdmission deviceCredentials =
        uploads.admit(request("acme/0004f2000004-phone.cfg", password("d", "p")), "PUT");

    assertThat(tenantCredentials)
        .isInstanceOfSatisfying(
            UploadAdmission.Admitted.class,
            a -> assertThat(a.ticket().credential()).isEqualTo("tenant locked (user prov)"));
    assertThat(deviceCredentials)
        .isInstanceOfSatisfying(
            UploadAdmission.Admitted.class,
            a -> {
              assertThat(a.ticket().credential()).isEqualTo("device 0004f2000004 (user d)");
              UploadReply stored =
                  uploads.store(a.ticket(), OVERRIDE.getBytes(StandardCharsets.UTF_8));
              assertThat(stored)
                  .isInstanceOfSatisfying(
                      UploadReply.Stored.class,
                      s ->
                          assertThat(s.version().credential())
                              .isEqualTo("device 0004f2000004 (user d)"));
            });
  }

  @Test
  void versionsPastTheConfiguredNumberAreDropped() {
    for (int i = 0; i < 5; i++) {
      put("acme/0004f2aabbcc-calls.xml", "calls " + i);
    }

    assertThat(store.uploads().versions(ACME, UploadName.parse("0004f2aabbcc-calls.xml").get()))
        .extracting(UploadVersion::version)
        .containsExactly(5, 4, 3);
  }

  @Test
  void aBlobStoreFailureStoresNothingAndSaysWhy() {
    uploads =
        uploads(
            new BlobStore() {
              @Override
              public BlobRef put(InputStream content) throws IOException {
                throw new IOException("disk full");
              }

              @Override
              public BlobRef put(byte[] content) throws IOException {
                throw new IOException("disk full");
              }

              @Override
              public Optional<InputStream> open(BlobRef blob) {
                return Optional.empty();
              }

              @Override
              public Optional<byte[]> read(BlobRef blob) {
                return Optional.empty();
              }
            });

    UploadReply reply = put("acme/0004f2aabbcc-calls.xml", "calls");

    assertThat(reply)
        .isInstanceOfSatisfying(
            UploadReply.Failed.class,
            f -> assertThat(f.reason()).contains("0004f2aabbcc-calls.xml").contains("disk full"));
    assertThat(store.uploads().files(ACME, MAC)).isEmpty();
    assertThat(recorded()).extracting(RequestRecord::status).containsExactly(500);
  }

  /** ADR 0024: content is staged only when the repository publishes it before the row commits. */
  @Test
  void theContentIsStagedWhenTheRepositoryPublishesItAndPutOtherwise() {
    Recording recording = new Recording(Optional.empty());
    uploads = uploads(recording, store.uploads());
    put("acme/0004f2aabbcc-calls.xml", "calls 1");
    assertThat(recording.calls).containsExactly("put");

    recording.calls.clear();
    uploads = uploads(recording, new GroupCommitUploads(store.uploads(), recording));
    UploadReply reply = put("acme/0004f2aabbcc-calls.xml", "calls 2");

    assertThat(recording.calls).containsExactly("stage", "publish");
    assertThat(reply).isInstanceOf(UploadReply.Stored.class);
  }

  @Test
  void contentThatCannotBePublishedStoresNothingAndSaysWhy() {
    Recording failing = new Recording(Optional.of(new IOException("no space left on device")));
    uploads = uploads(failing, new GroupCommitUploads(store.uploads(), failing));

    UploadReply reply = put("acme/0004f2aabbcc-calls.xml", "calls");

    assertThat(reply)
        .isInstanceOfSatisfying(
            UploadReply.Failed.class,
            f ->
                assertThat(f.reason())
                    .contains("0004f2aabbcc-calls.xml")
                    .contains("no space left on device"));
    assertThat(store.uploads().files(ACME, MAC)).isEmpty();
    assertThat(recorded()).extracting(RequestRecord::status).containsExactly(500);
  }

  private Uploads uploads(BlobStore blobs, UploadRepository repository) {
    return new Uploads(
        reads, store.tenants(), store.devices(), repository, blobs, limits, sightings::add, clock);
  }

  /** The store's blobs, with each put, stage and publish recorded; publishing may fail. */
  private final class Recording extends ForwardingBlobStore {
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final Optional<IOException> publishing;

    Recording(Optional<IOException> publishing) {
      super(store.blobs());
      this.publishing = publishing;
    }

    @Override
    public BlobRef put(InputStream content) throws IOException {
      calls.add("put");
      return super.put(content);
    }

    @Override
    public BlobRef put(byte[] content) throws IOException {
      calls.add("put");
      return super.put(content);
    }

    @Override
    public BlobRef stage(byte[] content) throws IOException {
      calls.add("stage");
      return super.put(content);
    }

    @Override
    public List<Optional<IOException>> publish(List<BlobRef> blobs) {
      calls.add("publish");
      return blobs.stream().map(blob -> publishing).toList();
    }
  }
}
