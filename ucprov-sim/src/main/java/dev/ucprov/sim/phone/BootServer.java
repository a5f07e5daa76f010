package dev.ucprov.sim.phone;

import dev.ucprov.core.master.Location;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The provisioning root a phone reads from, and the master file it was told to read, if the boot
 * server URL names one (polycom-facts.md §1: a URL ending in {@code .cfg} names the master).
 *
 * @param root the directory URL, ending in {@code /}, user information kept
 * @param masterName the master file the URL names, relative to {@code root}
 */
public record BootServer(URI root, Optional<String> masterName) {

  public static BootServer of(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    int slash = path.lastIndexOf('/');
    String last = path.substring(slash + 1);
    if (last.toLowerCase(java.util.Locale.ROOT).endsWith(".cfg")) {
      return new BootServer(withPath(url, path.substring(0, slash + 1)), Optional.of(last));
    }
    return new BootServer(withPath(url, path.endsWith("/") ? path : path + "/"), Optional.empty());
  }

  /**
   * Where a master config location points: a tree path under the root, or its own URL. A URL that
   * is not one (a space in it, no host) becomes {@code invalid:...}, which no transport serves, so
   * the step fails with the value in its trace instead of the cycle failing.
   */
  public URI locate(Location location) {
    return switch (location) {
      case Location.TreePath tree -> file(tree.path());
      case Location.Url url -> {
        try {
          URI uri = new URI(url.url());
          yield uri.getHost() == null ? invalid(url.url()) : uri;
        } catch (URISyntaxException e) {
          yield invalid(url.url());
        }
      }
    };
  }

  private static URI invalid(String value) {
    return URI.create(
        "invalid:" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A file under the root, by its tree path ({@code overrides/0004f2aabbcc-phone.cfg}). */
  public URI file(String treePath) {
    try {
      String encoded = new URI(null, null, treePath, null).getRawPath();
      return root.resolve(encoded);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a usable file name: " + treePath, e);
    }
  }

  /** The URL for people: any password in it shown as {@code ***}. */
  public static String shown(URI uri) {
    String info = uri.getRawUserInfo();
    if (info == null || info.indexOf(':') < 0) {
      return uri.toString();
    }
    String masked = info.substring(0, info.indexOf(':')) + ":***";
    return uri.toString().replaceFirst(java.util.regex.Pattern.quote(info + "@"), masked + "@");
  }

  private static URI withPath(URI url, String path) {
    String authority = url.getRawAuthority() == null ? "" : url.getRawAuthority();
    return URI.create(url.getScheme() + "://" + authority + path);
  }
}
