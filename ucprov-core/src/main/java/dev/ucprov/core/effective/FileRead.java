package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigSyntaxException;

/** What reading one tree path gave. */
sealed interface FileRead {

  /** The file is there and well-formed. */
  record Found(ConfigFile file) implements FileRead {}

  /** No file at that path. */
  record Absent(String path) implements FileRead {}

  /** The file is there but a phone could not read it (not XML, a DTD, too large, not UTF-8). */
  record Unreadable(ConfigSyntaxException error) implements FileRead {

    /** {@code line 3, column 7: reason}, or just the reason when the whole file is at fault. */
    String describe() {
      if (error.line() == 0) {
        return error.reason();
      }
      return "line " + error.line() + ", column " + error.column() + ": " + error.reason();
    }
  }
}
