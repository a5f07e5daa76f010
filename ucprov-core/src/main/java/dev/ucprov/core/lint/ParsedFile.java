package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigSyntaxException;

/** A {@code *.cfg} or {@code *.xml} file of the tree as the linter read it. */
public sealed interface ParsedFile {

  /** The file's path in the tree. */
  String path();

  /** A file the reader accepted. */
  record Readable(ConfigFile file) implements ParsedFile {
    @Override
    public String path() {
      return file.path();
    }
  }

  /** A file the reader refused; a phone ignores it. */
  record Unreadable(String path, ConfigSyntaxException error) implements ParsedFile {}
}
