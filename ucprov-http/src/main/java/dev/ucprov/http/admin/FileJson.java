package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.files.StoredFile;
import java.util.List;

/**
 * Stored files in JSON. A version: {@code {"version", "time" (ISO-8601), "size", "sha256",
 * "template", "deleted"}}; a listed file adds its {@code "path"} to its latest version.
 */
final class FileJson {

  private FileJson() {}

  static ObjectNode version(String path, FileVersion version) {
    ObjectNode node = Json.object().put("path", path);
    return putVersion(node, version);
  }

  static ObjectNode list(List<StoredFile> files) {
    ObjectNode node = Json.object();
    ArrayNode array = node.putArray("files");
    files.forEach(f -> array.add(version(f.path().value(), f.latest())));
    return node;
  }

  static ObjectNode versions(String path, List<FileVersion> versions) {
    ObjectNode node = Json.object().put("path", path);
    ArrayNode array = node.putArray("versions");
    versions.forEach(v -> array.add(putVersion(Json.object(), v)));
    return node;
  }

  private static ObjectNode putVersion(ObjectNode node, FileVersion v) {
    return node.put("version", v.version())
        .put("time", v.time().toString())
        .put("size", v.blob().size())
        .put("sha256", v.blob().sha256())
        .put("template", v.template())
        .put("deleted", v.deleted());
  }
}
