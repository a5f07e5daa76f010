package dev.ucprov.store.cache;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.upload.Append;
import dev.ucprov.core.upload.Appended;
import dev.ucprov.core.upload.NewUpload;
import dev.ucprov.core.upload.Retention;
import dev.ucprov.core.upload.UploadKind;
import dev.ucprov.core.upload.UploadName;
import dev.ucprov.core.upload.UploadRepository;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.UploadedFile;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Uploads over a database this process alone writes, answering "no upload of this name" from the
 * {@link Fingerprints} of every name with versions. A phone asks for its override files and its
 * directory at every boot, and most have never uploaded them: those GETs are then answered on the
 * network thread like any other cached file (ADR 0023), instead of reading the database.
 *
 * <p>Only the kinds phones read back are fingerprinted ({@link #READ_BACK}); logs, two or more a
 * phone, are written and never fetched by phones, and every question about them goes to the
 * delegate. Names with versions still go to the delegate: the newest version of a name changes with
 * every upload. Thread-safe when the delegate is.
 */
public final class FingerprintedUploads implements UploadRepository {

  /** The kinds whose names are fingerprinted: what phones fetch as well as write. */
  public static final Set<UploadKind> READ_BACK =
      EnumSet.of(
          UploadKind.OVERRIDE_PHONE,
          UploadKind.OVERRIDE_WEB,
          UploadKind.DIRECTORY,
          UploadKind.CALLS);

  private final UploadRepository delegate;
  private final Fingerprints names;

  private FingerprintedUploads(UploadRepository delegate, Fingerprints names) {
    this.delegate = delegate;
    this.names = names;
  }

  /**
   * @param scan reports every name of a {@link #READ_BACK} kind that has versions in the delegate,
   *     with its tenant
   */
  public static FingerprintedUploads soleWriter(
      UploadRepository delegate, Consumer<BiConsumer<TenantId, UploadName>> scan) {
    Fingerprints names =
        Fingerprints.complete(add ->
            scan.accept((tenant, name) -> {
              if (READ_BACK.contains(name.kind())) {
                add.accept(tenant.value(), name.name());
              }
            }));
    return new FingerprintedUploads(delegate, names);
  }

  /** Names whose fingerprint is known, for tests and measurements. */
  public int fingerprints() {
    return names.size();
  }

  @Override
  public UploadVersion append(
      TenantId tenant, UploadName name, NewUpload upload, Retention retention) {
    remember(tenant, name);
    return delegate.append(tenant, name, upload, retention);
  }

  @Override
  public boolean publishesStagedBlobs() {
    return delegate.publishesStagedBlobs();
  }

  @Override
  public List<Appended> appendAll(List<Append> appends) {
    appends.forEach(append -> remember(append.tenant(), append.name()));
    return delegate.appendAll(appends);
  }

  @Override
  public Optional<UploadVersion> latest(TenantId tenant, UploadName name) {
    return mayHave(tenant, name) ? delegate.latest(tenant, name) : Optional.empty();
  }

  @Override
  public List<UploadVersion> versions(TenantId tenant, UploadName name) {
    return mayHave(tenant, name) ? delegate.versions(tenant, name) : List.of();
  }

  @Override
  public Optional<UploadVersion> version(TenantId tenant, UploadName name, int version) {
    return mayHave(tenant, name) ? delegate.version(tenant, name, version) : Optional.empty();
  }

  @Override
  public List<UploadedFile> files(TenantId tenant, MacAddress mac) {
    return delegate.files(tenant, mac);
  }

  /** Before the append reaches the database, so that no reader can miss a stored name. */
  private void remember(TenantId tenant, UploadName name) {
    if (READ_BACK.contains(name.kind())) {
      names.add(tenant.value(), name.name());
    }
  }

  private boolean mayHave(TenantId tenant, UploadName name) {
    return !READ_BACK.contains(name.kind()) || names.mayHold(tenant.value(), name.name());
  }
}
