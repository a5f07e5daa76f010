package dev.ucprov.app.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reads the admin API's file lists ({@code GET .../files}). */
final class FileListing {

  /** A listed file's content hash and whether it is a template. */
  record Listed(String sha256, boolean template) {

    /** Whether a plain file with this hash is stored as it is: same bytes, not a template. */
    boolean holds(String plainSha256) {
      return !template && sha256.equals(plainSha256);
    }
  }

  private final AdminClient api;

  FileListing(AdminClient api) {
    this.api = api;
  }

  /** Every listed file by path; empty when the scope has none or does not exist. */
  Map<String, Listed> files(String listPath) {
    Map<String, Listed> files = new LinkedHashMap<>();
    Optional<JsonNode> list = api.getJson(listPath);
    list.ifPresent(l -> {
      for (JsonNode file : l.path("files")) {
        files.put(
            file.path("path").asText(),
            new Listed(file.path("sha256").asText(), file.path("template").asBoolean()));
      }
    });
    return files;
  }
}
