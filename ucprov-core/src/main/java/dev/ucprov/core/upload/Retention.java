package dev.ucprov.core.upload;

/**
 * What an {@link UploadRepository#append} keeps.
 *
 * @param versions the newest versions kept of the file appended to
 * @param kindBytes the most bytes kept across every version of the device's files of the same kind,
 *     newest first; {@link Long#MAX_VALUE} for no such cap. The version just appended is always
 *     kept.
 */
public record Retention(int versions, long kindBytes) {

  public Retention {
    if (versions < 1 || kindBytes < 1) {
      throw new IllegalArgumentException(
          "retention keeps at least one version and one byte: " + versions + ", " + kindBytes);
    }
  }
}
