package dev.ucprov.http.admin;

import dev.ucprov.core.files.StoredFile;
import dev.ucprov.core.operator.FileLibrary;
import dev.ucprov.core.operator.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Stored files, a tenant's ({@code /api/v1/tenants/{tenant}/files/...}) or the shared ones ({@code
 * /api/v1/shared/files/...}):
 *
 * <ul>
 *   <li>{@code GET .../files}: {@code {"files": [{"path", "version", ...}]}}
 *   <li>{@code PUT .../files/{path}} with the raw body, {@code ?template=true} for a template: 201
 *       (new) or 200 with the stored version; a template that does not compile is 400 naming its
 *       line
 *   <li>{@code GET .../files/{path}}: the raw content; {@code ?versions}: {@code {"path",
 *       "versions": [...]}}, newest first
 *   <li>{@code DELETE .../files/{path}}: 200 with the deleting version
 *   <li>{@code POST .../files/{path}?restore=N}: version N's content becomes the latest, as a new
 *       version (201 when the file was deleted, else 200)
 * </ul>
 */
final class FileRoutes {

  private final FileLibrary library;
  private final AdminLimits limits;

  FileRoutes(FileLibrary library, AdminLimits limits) {
    this.library = library;
    this.limits = limits;
  }

  void addTo(Router router) {
    router.add("GET", "/api/v1/tenants/{tenant}/files", r -> list(tenant(r)));
    router.add("GET", "/api/v1/tenants/{tenant}/files/{path...}", r -> get(r, tenant(r)));
    router.add("PUT", "/api/v1/tenants/{tenant}/files/{path...}", r -> put(r, tenant(r)));
    router.add("DELETE", "/api/v1/tenants/{tenant}/files/{path...}", r -> delete(r, tenant(r)));
    router.add("POST", "/api/v1/tenants/{tenant}/files/{path...}", r -> restore(r, tenant(r)));
    router.add("GET", "/api/v1/shared/files", r -> list(Optional.empty()));
    router.add("GET", "/api/v1/shared/files/{path...}", r -> get(r, Optional.empty()));
    router.add("PUT", "/api/v1/shared/files/{path...}", r -> put(r, Optional.empty()));
    router.add("DELETE", "/api/v1/shared/files/{path...}", r -> delete(r, Optional.empty()));
    router.add("POST", "/api/v1/shared/files/{path...}", r -> restore(r, Optional.empty()));
  }

  private static Optional<String> tenant(ApiRequest request) {
    return Optional.of(request.variable("tenant"));
  }

  private ApiReply list(Optional<String> tenant) {
    return Replies.of(library.list(tenant), FileJson::list);
  }

  private ApiReply get(ApiRequest request, Optional<String> tenant) {
    String path = request.variable("path");
    if (request.has("versions")) {
      return Replies.of(library.versions(tenant, path), v -> FileJson.versions(path, v));
    }
    Outcome<StoredFile> found = library.get(tenant, path);
    if (found instanceof Outcome.Ok<StoredFile>(StoredFile file)) {
      return new ApiReply.Stored(file.latest().blob(), file.latest().time());
    }
    return Replies.of(found, f -> Json.object());
  }

  private ApiReply put(ApiRequest request, Optional<String> tenant) throws IOException {
    String path = request.variable("path");
    boolean template = flag(request, "template");
    try (InputStream body = request.body().stream(limits.fileBytes())) {
      return Replies.of(library.put(tenant, path, body, template), v -> FileJson.version(path, v));
    }
  }

  private ApiReply delete(ApiRequest request, Optional<String> tenant) {
    String path = request.variable("path");
    return Replies.of(library.delete(tenant, path), v -> FileJson.version(path, v));
  }

  private ApiReply restore(ApiRequest request, Optional<String> tenant) {
    String path = request.variable("path");
    String text =
        request
            .query("restore")
            .orElseThrow(() ->
                ApiError.badRequest(
                    "POST on a file restores a version: add ?restore=<version number>"));
    int version;
    try {
      version = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      version = 0;
    }
    if (version < 1) {
      throw ApiError.badRequest(
          "query parameter 'restore' must be a version number (1 or more), not \"" + text + "\"");
    }
    return Replies.of(library.restore(tenant, path, version), v -> FileJson.version(path, v));
  }

  /** {@code ?template}, {@code ?template=true} or {@code ?template=false}. */
  private static boolean flag(ApiRequest request, String name) {
    Optional<String> value = request.query(name);
    if (value.isEmpty()) {
      return false;
    }
    return switch (value.get()) {
      case "", "true" -> true;
      case "false" -> false;
      default ->
          throw ApiError.badRequest(
              "query parameter '" + name + "' must be true or false, not \"" + value.get() + "\"");
    };
  }
}
