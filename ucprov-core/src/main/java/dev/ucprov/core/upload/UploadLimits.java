package dev.ucprov.core.upload;

/**
 * How much a phone may write and how much of it is kept.
 *
 * @param overrideBytes the largest {@code -phone.cfg} or {@code -web.cfg} accepted
 * @param directoryBytes the largest {@code -directory.xml} accepted
 * @param callsBytes the largest {@code -calls.xml} accepted
 * @param logBytes the largest single log upload accepted
 * @param logTotalBytes the rolling cap of one device's stored log versions, all its log files
 *     together: past it the oldest log versions are dropped; at least {@code logBytes}
 * @param versions versions kept per file; older ones are dropped
 */
public record UploadLimits(
    long overrideBytes,
    long directoryBytes,
    long callsBytes,
    long logBytes,
    long logTotalBytes,
    int versions) {

  public static final long KIB = 1024;
  public static final long MIB = 1024 * KIB;

  /**
   * Far above anything a phone writes, and what the body is read into memory for: the largest cap
   * accepted.
   */
  public static final long MAX_BYTES = 64 * MIB;

  public UploadLimits {
    positive("overrideBytes", overrideBytes);
    positive("directoryBytes", directoryBytes);
    positive("callsBytes", callsBytes);
    positive("logBytes", logBytes);
    if (logTotalBytes < logBytes) {
      throw new IllegalArgumentException(
          "logTotalBytes ("
              + logTotalBytes
              + ") must be at least logBytes ("
              + logBytes
              + "): the newest log upload is always kept");
    }
    if (versions < 1) {
      throw new IllegalArgumentException("versions must be 1 or more: " + versions);
    }
  }

  /** 256 KiB overrides, 1 MiB directories and call lists, 512 KiB per log and 4 MiB of logs, 50. */
  public static UploadLimits defaults() {
    return new UploadLimits(256 * KIB, MIB, MIB, 512 * KIB, 4 * MIB, 50);
  }

  /** The largest upload of this kind accepted. */
  public long cap(UploadKind kind) {
    return switch (kind) {
      case OVERRIDE_PHONE, OVERRIDE_WEB -> overrideBytes;
      case DIRECTORY -> directoryBytes;
      case CALLS -> callsBytes;
      case LOG -> logBytes;
    };
  }

  /** What is kept of files of this kind once a version is added. */
  public Retention retention(UploadKind kind) {
    return new Retention(versions, kind == UploadKind.LOG ? logTotalBytes : Long.MAX_VALUE);
  }

  private static void positive(String name, long bytes) {
    if (bytes < 1 || bytes > MAX_BYTES) {
      throw new IllegalArgumentException(name + " must be 1 to " + MAX_BYTES + " bytes: " + bytes);
    }
  }
}
