package dev.ucprov.core.files;

import java.util.regex.Pattern;

/** Stored content named by its SHA-256 (64 lower-case hex digits) and its size in bytes. */
public record BlobRef(String sha256, long size) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  public BlobRef {
    if (sha256 == null || !HEX.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256 in lower-case hex: " + sha256);
    }
    if (size < 0) {
      throw new IllegalArgumentException("negative size: " + size);
    }
  }
}
