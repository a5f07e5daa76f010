package dev.ucprov.core.master;

import java.util.Optional;

/**
 * Where a master config points: a path in this provisioning tree, or a full URL elsewhere (which
 * may carry its own scheme and {@code user:password@}).
 */
public sealed interface Location {

  /** The value for people and JSON: the tree path, or the URL as written. */
  String display();

  /**
   * The location a master attribute value names: a {@link Url} when it starts with a scheme ({@code
   * https://}), else a normalised {@link TreePath} ({@code logs}, {@code ./logs}, {@code /logs},
   * {@code logs/} and {@code .\logs} all give {@code logs}; empty gives the root). Empty when a
   * tree path climbs above the provisioning root with {@code ..}.
   */
  static Optional<Location> parse(String value) {
    return PathSyntax.parse(value);
  }

  /**
   * The same location with {@code prefix} put in front of its last segment, for split firmware
   * images ({@code fw/sip.ld} with {@code 3111-46162-001.} gives {@code fw/3111-46162-001.sip.ld});
   * unchanged when there is no file name to prefix.
   */
  Location withFileNamePrefix(String prefix);

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

    @Override
    public TreePath withFileNamePrefix(String prefix) {
      if (path.isEmpty()) {
        return this;
      }
      int cut = path.lastIndexOf('/') + 1;
      return new TreePath(path.substring(0, cut) + prefix + path.substring(cut));
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

    /** Only the path part counts: a query or fragment is kept after the prefixed name. */
    @Override
    public Url withFileNamePrefix(String prefix) {
      int pathStart = url.indexOf('/', url.indexOf("://") + 3);
      int pathEnd = endOfPath();
      int cut = pathStart < 0 || pathStart >= pathEnd ? -1 : url.lastIndexOf('/', pathEnd - 1) + 1;
      if (cut <= 0 || cut == pathEnd) {
        return this;
      }
      return new Url(url.substring(0, cut) + prefix + url.substring(cut));
    }

    private int endOfPath() {
      int end = url.length();
      for (char c : new char[] {'?', '#'}) {
        int at = url.indexOf(c);
        if (at >= 0 && at < end) {
          end = at;
        }
      }
      return end;
    }
  }
}
