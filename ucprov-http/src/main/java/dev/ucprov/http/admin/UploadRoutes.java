package dev.ucprov.http.admin;

import dev.ucprov.core.operator.Outcome;
import dev.ucprov.core.operator.UploadArchive;
import dev.ucprov.core.upload.UploadVersion;

/**
 * What a device uploaded ({@code /api/v1/tenants/{tenant}/devices/{mac}/uploads...}):
 *
 * <ul>
 *   <li>{@code GET .../uploads}: {@code {"uploads": [...]}}, each file's name, kind and newest
 *       version
 *   <li>{@code GET .../uploads/{name}/versions}: a JSON array of the kept versions, newest first
 *   <li>{@code GET .../uploads/{name}/versions/{n}}: version n's content
 *   <li>{@code POST .../uploads/{name}/versions/{n}/restore}: version n's content becomes the
 *       newest version; 200 with that new version
 * </ul>
 */
final class UploadRoutes {

  private static final String BASE = "/api/v1/tenants/{tenant}/devices/{mac}/uploads";

  private final UploadArchive archive;

  UploadRoutes(UploadArchive archive) {
    this.archive = archive;
  }

  void addTo(Router router) {
    router.add(
        "GET",
        BASE,
        r -> Replies.of(archive.files(r.variable("tenant"), r.variable("mac")), UploadJson::files));
    router.add(
        "GET",
        BASE + "/{name}/versions",
        r ->
            Replies.of(
                archive.versions(r.variable("tenant"), r.variable("mac"), r.variable("name")),
                UploadJson::versions));
    router.add("GET", BASE + "/{name}/versions/{version}", this::content);
    router.add(
        "POST",
        BASE + "/{name}/versions/{version}/restore",
        r ->
            Replies.of(
                archive.restore(
                    r.variable("tenant"), r.variable("mac"), r.variable("name"), number(r)),
                UploadJson::version));
  }

  private ApiReply content(ApiRequest request) {
    Outcome<UploadVersion> found =
        archive.version(
            request.variable("tenant"),
            request.variable("mac"),
            request.variable("name"),
            number(request));
    if (found instanceof Outcome.Ok<UploadVersion>(UploadVersion version)) {
      return new ApiReply.Stored(version.blob(), version.time());
    }
    return Replies.of(found, UploadJson::version);
  }

  private static int number(ApiRequest request) {
    String text = request.variable("version");
    int version;
    try {
      version = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      version = 0;
    }
    if (version < 1) {
      throw ApiError.badRequest("version must be a number, 1 or more, not \"" + text + "\"");
    }
    return version;
  }
}
