package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.core.upload.UploadVersion;
import dev.ucprov.core.upload.UploadedFile;
import java.util.List;

/**
 * Uploads in JSON. A version: {@code {"version", "time" (ISO-8601), "size", "sha256", "source",
 * "credential", "restoredFrom" (a version number, or null when not a restore)}}; a listed file adds
 * its {@code "name"} and {@code "kind"} ({@code override-phone}, {@code override-web}, {@code
 * directory}, {@code calls}, {@code log}) to its newest version.
 */
final class UploadJson {

  private UploadJson() {}

  static ObjectNode files(List<UploadedFile> files) {
    ObjectNode node = Json.object();
    ArrayNode array = node.putArray("uploads");
    for (UploadedFile file : files) {
      ObjectNode entry =
          Json.object().put("name", file.name().name()).put("kind", file.name().kind().label());
      array.add(put(entry, file.latest()));
    }
    return node;
  }

  static ArrayNode versions(List<UploadVersion> versions) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    versions.forEach(v -> array.add(version(v)));
    return array;
  }

  static ObjectNode version(UploadVersion version) {
    return put(Json.object(), version);
  }

  private static ObjectNode put(ObjectNode node, UploadVersion v) {
    node.put("version", v.version())
        .put("time", v.time().toString())
        .put("size", v.size())
        .put("sha256", v.sha256())
        .put("source", v.source())
        .put("credential", v.credential());
    v.restoredFrom()
        .ifPresentOrElse(n -> node.put("restoredFrom", n), () -> node.putNull("restoredFrom"));
    return node;
  }
}
