package dev.ucprov.core.upload;

/**
 * An append to a phone's log (FTP APPE): the previous version and the new bytes become one new
 * version. Logs are capped ({@link UploadLimits}), and a phone that appends for months would
 * otherwise hit the cap once and lose every later line; so when the two together pass the cap, the
 * oldest bytes go, up to the start of a line, and the newest lines are kept.
 */
public final class LogAppend {

  private LogAppend() {}

  /**
   * {@code previous} then {@code added}, within {@code cap} bytes: the new bytes always whole, and
   * of the previous version as many of its last lines as fit (a line cut by the cap goes whole).
   *
   * @param cap at least {@code added.length}: the caller refuses a longer append as too large
   */
  public static byte[] joined(byte[] previous, byte[] added, long cap) {
    if (added.length > cap) {
      throw new IllegalArgumentException(
          "an append of " + added.length + " bytes passes the cap of " + cap);
    }
    int room = (int) Math.min(previous.length, cap - added.length);
    int from = previous.length - room;
    if (from > 0) {
      from = lineStart(previous, from);
    }
    byte[] out = new byte[previous.length - from + added.length];
    System.arraycopy(previous, from, out, 0, previous.length - from);
    System.arraycopy(added, 0, out, previous.length - from, added.length);
    return out;
  }

  /** The first position at or after {@code from} that starts a line, else the end. */
  private static int lineStart(byte[] previous, int from) {
    for (int i = from; i < previous.length; i++) {
      if (previous[i - 1] == '\n') {
        return i;
      }
    }
    return previous.length;
  }
}
