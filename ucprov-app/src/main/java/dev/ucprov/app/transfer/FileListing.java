package dev.ucprov.app.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the admin API's file lists ({@code GET .../files}). */
final class FileListing {

  private final AdminClient api;

  FileListing(AdminClient api) {
    this.api = api;
  }

  /** Every listed file's SHA-256 by path; empty when the scope has none or does not exist. */
  Map<String, String> hashes(String listPath) {
    Map<String, String> hashes = new LinkedHashMap<>();
    api.getJson(listPath)
        .ifPresent(list -> {
          for (JsonNode file : list.path("files")) {
            hashes.put(file.path("path").asText(), file.path("sha256").asText());
          }
        });
    return hashes;
  }
}
