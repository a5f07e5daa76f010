package dev.ucprov.core.operator;

import dev.ucprov.core.files.BlobRef;
import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.files.FileRepository;
import dev.ucprov.core.files.FileScope;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.template.TemplateRenderer;
import dev.ucprov.core.template.TemplateRenderer.TemplateError;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Stored files, a tenant's or the shared ones, as operators manage them. Every change is a new
 * version: a put, a delete, and a restore (a new version with an earlier version's content). A
 * template is compiled before anything is stored; a body is stored in the blob store before its
 * metadata, so a file never names missing content. Thread-safe.
 *
 * <p>Every method takes the tenant whose file it is, or empty for the shared files.
 */
public final class FileLibrary {

  /** Templates are configuration text; anything larger is a mistake. */
  public static final int MAX_TEMPLATE_BYTES = 1024 * 1024;

  private final TenantRepository tenants;
  private final FileRepository files;
  private final BlobStore blobs;
  private final TemplateRenderer renderer;

  public FileLibrary(
      TenantRepository tenants, FileRepository files, BlobStore blobs, TemplateRenderer renderer) {
    this.tenants = tenants;
    this.files = files;
    this.blobs = blobs;
    this.renderer = renderer;
  }

  /**
   * Stores {@code body} (read to the end, not closed) as the file's next version: {@link
   * Outcome.Created} when the file did not exist (or was deleted), {@link Outcome.Ok} otherwise.
   *
   * @throws IOException when reading the body or writing the blob fails; nothing is stored then
   */
  public Outcome<FileVersion> put(
      Optional<String> tenant, String path, InputStream body, boolean template) throws IOException {
    Outcome<Place> place = place(tenant, path);
    if (!(place instanceof Outcome.Ok<Place>(Place at))) {
      return place.asRefusal();
    }
    BlobRef blob;
    if (template) {
      Optional<byte[]> source = TemplateSources.read(body, MAX_TEMPLATE_BYTES);
      if (source.isEmpty()) {
        return Outcome.invalid(
            "body", "a template is at most " + MAX_TEMPLATE_BYTES + " bytes of UTF-8 text");
      }
      Outcome<String> text = TemplateSources.text(source.get());
      if (!(text instanceof Outcome.Ok<String>(String checked))) {
        return text.asRefusal();
      }
      Optional<TemplateError> error = renderer.check(at.path().value(), checked);
      if (error.isPresent()) {
        return Outcome.invalid("body", TemplateSources.describe(error.get()));
      }
      blob = blobs.put(source.get());
    } else {
      blob = blobs.put(body);
    }
    return record(at, blob, template);
  }

  /** The file's latest version, which the caller streams from the blob store. */
  public Outcome<StoredFile> get(Optional<String> tenant, String path) {
    return existing(tenant, path);
  }

  /** Every existing file of the scope, ordered by path. */
  public Outcome<List<StoredFile>> list(Optional<String> tenant) {
    return scope(tenant).map(files::list);
  }

  /** Every version, deletions included, newest first. */
  public Outcome<List<FileVersion>> versions(Optional<String> tenant, String path) {
    Outcome<Place> place = place(tenant, path);
    if (!(place instanceof Outcome.Ok<Place>(Place at))) {
      return place.asRefusal();
    }
    List<FileVersion> versions = files.versions(at.scope(), at.path());
    return versions.isEmpty() ? noFile(path) : new Outcome.Ok<>(versions);
  }

  /** Deletes the file: a new version that hides it, and can itself be restored from. */
  public Outcome<FileVersion> delete(Optional<String> tenant, String path) {
    Outcome<Place> place = place(tenant, path);
    if (!(place instanceof Outcome.Ok<Place>(Place at))) {
      return place.asRefusal();
    }
    return files
        .delete(at.scope(), at.path())
        .<Outcome<FileVersion>>map(Outcome.Ok::new)
        .orElseGet(() -> noFile(path));
  }

  /**
   * Makes version {@code version}'s content (for a deletion, the content it deleted) the file's
   * latest, as a new version.
   */
  public Outcome<FileVersion> restore(Optional<String> tenant, String path, int version) {
    Outcome<Place> place = place(tenant, path);
    if (!(place instanceof Outcome.Ok<Place>(Place at))) {
      return place.asRefusal();
    }
    Optional<FileVersion> earlier = files.version(at.scope(), at.path(), version);
    if (earlier.isEmpty()) {
      return new Outcome.NotFound<>("no version " + version + " of " + path);
    }
    return record(at, earlier.get().blob(), earlier.get().template());
  }

  /** A tenant (or the shared files) and a checked path. */
  private record Place(FileScope scope, FilePath path) {}

  private Outcome<FileVersion> record(Place at, BlobRef blob, boolean template) {
    boolean existed = files.find(at.scope(), at.path()).isPresent();
    FileVersion stored;
    try {
      stored = files.put(at.scope(), at.path(), blob, template);
    } catch (IllegalArgumentException tenantDeletedMeanwhile) {
      return new Outcome.NotFound<>(tenantDeletedMeanwhile.getMessage());
    }
    return existed ? new Outcome.Ok<>(stored) : new Outcome.Created<>(stored);
  }

  private Outcome<StoredFile> existing(Optional<String> tenant, String path) {
    Outcome<Place> place = place(tenant, path);
    if (!(place instanceof Outcome.Ok<Place>(Place at))) {
      return place.asRefusal();
    }
    return files
        .find(at.scope(), at.path())
        .<Outcome<StoredFile>>map(Outcome.Ok::new)
        .orElseGet(() -> noFile(path));
  }

  private Outcome<Place> place(Optional<String> tenant, String path) {
    Outcome<FileScope> scope = scope(tenant);
    if (!(scope instanceof Outcome.Ok<FileScope>(FileScope s))) {
      return scope.asRefusal();
    }
    Optional<String> problem = FilePath.problem(path);
    if (problem.isPresent()) {
      return Outcome.invalid("path", problem.get());
    }
    return new Outcome.Ok<>(new Place(s, new FilePath(path)));
  }

  private Outcome<FileScope> scope(Optional<String> tenant) {
    if (tenant.isEmpty()) {
      return new Outcome.Ok<>(FileScope.shared());
    }
    String id = tenant.get();
    if (!TenantId.isValid(id) || tenants.find(new TenantId(id)).isEmpty()) {
      return TenantCatalog.unknown(id);
    }
    return new Outcome.Ok<>(FileScope.of(new TenantId(id)));
  }

  private static <T> Outcome<T> noFile(String path) {
    return new Outcome.NotFound<>("no file " + Fields.shown(path));
  }
}
