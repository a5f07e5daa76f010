package dev.ucprov.core.master;

/**
 * Where a master config points: a path in this provisioning tree, or a full URL elsewhere (which
 * may carry its own scheme and {@code user:password@}).
 */
public sealed interface Location {

  /** The value for people and JSON: the tree path, or the URL as written. */
  String display();

  /**
   * A normalised path relative to the provisioning root, {@code /}-separated, no leading or
   * trailing slash, no {@code .} segments; {@code ""} is the root itself.
   */
  record TreePath(String path) implements Location {
    @Override
    public String display() {
      return path;
    }

    /** The path of {@code fileName} inside this directory. */
    public TreePath resolve(String fileName) {
      return new TreePath(path.isEmpty() ? fileName : path + "/" + fileName);
    }
  }

  /** A full URL with a scheme ({@code https://...}, {@code ftp://user:pw@host/dir}). */
  record Url(String url) implements Location {
    @Override
    public String display() {
      return url;
    }

    /** The URL of {@code fileName} inside this URL taken as a directory. */
    public Url resolve(String fileName) {
      return new Url(url.endsWith("/") ? url + fileName : url + "/" + fileName);
    }
  }
}
