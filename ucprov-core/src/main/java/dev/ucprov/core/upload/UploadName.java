package dev.ucprov.core.upload;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.files.FilePath;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name a phone may write. Only the last path segment counts, so {@code
 * overrides/0004F2AABBCC-phone.cfg} and {@code 0004f2aabbcc-phone.cfg} are the same upload whatever
 * directory the master config names and whatever protocol wrote it. The name is kept in lower case
 * ({@link #name()}), as phones send it.
 *
 * <p>Not uploads: names of the all-zero MAC (shared files), names without a MAC in front, and
 * MAC-named files of other kinds ({@code 0004f2aabbcc.cfg}, {@code 0004f2aabbcc-license.cfg}). A
 * log name is {@code <MAC>-} then 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
 * (starting with a letter or digit), then {@code .log}.
 *
 * @param mac the phone the file belongs to
 * @param kind what the file is
 * @param name the stored name: {@code <mac>-phone.cfg}, lower case
 */
public record UploadName(MacAddress mac, UploadKind kind, String name) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "([0-9a-f]{12})-(phone\\.cfg|web\\.cfg|directory\\.xml|calls\\.xml"
              + "|[a-z0-9][a-z0-9._-]{0,63}\\.log)");

  private static final int MAC_DIGITS = 12;

  public UploadName {
    Matcher shape = SHAPE.matcher(name);
    if (!shape.matches()
        || !shape.group(1).equals(mac.value())
        || kindOf(shape.group(2)) != kind
        || mac.isZero()) {
      throw new IllegalArgumentException("not the " + kind + " upload of " + mac + ": " + name);
    }
  }

  /** The upload a path names, from its last segment; empty when it names none. */
  public static Optional<UploadName> parse(FilePath path) {
    return parse(path.fileName());
  }

  /** The upload a file name (no directory) names; empty when it names none. */
  public static Optional<UploadName> parse(String fileName) {
    if (!mayBeUpload(fileName)) {
      return Optional.empty();
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    Matcher shape = SHAPE.matcher(lower);
    if (!shape.matches()) {
      return Optional.empty();
    }
    MacAddress mac = new MacAddress(shape.group(1));
    if (mac.isZero()) {
      return Optional.empty();
    }
    return Optional.of(new UploadName(mac, kindOf(shape.group(2)), lower));
  }

  /**
   * Whether the name has an upload's dash and ending, which rules out most names at the cost of a
   * few character comparisons: every phone GET asks, and the expression costs more than the rest of
   * a cached answer. A name it lets through still has to match {@link #SHAPE}.
   */
  static boolean mayBeUpload(String name) {
    if (name.length() < MAC_DIGITS + 2 || name.charAt(MAC_DIGITS) != '-') {
      return false;
    }
    return endsWith(name, ".log")
        || isTail(name, "phone.cfg")
        || isTail(name, "web.cfg")
        || isTail(name, "directory.xml")
        || isTail(name, "calls.xml");
  }

  private static boolean endsWith(String name, String suffix) {
    return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
  }

  private static boolean isTail(String name, String tail) {
    return name.length() == MAC_DIGITS + 1 + tail.length() && endsWith(name, tail);
  }

  private static UploadKind kindOf(String suffix) {
    return switch (suffix) {
      case "phone.cfg" -> UploadKind.OVERRIDE_PHONE;
      case "web.cfg" -> UploadKind.OVERRIDE_WEB;
      case "directory.xml" -> UploadKind.DIRECTORY;
      case "calls.xml" -> UploadKind.CALLS;
      default -> UploadKind.LOG;
    };
  }

  @Override
  public String toString() {
    return name;
  }
}
