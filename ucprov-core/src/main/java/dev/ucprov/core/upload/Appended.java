package dev.ucprov.core.upload;

/** What became of one {@link Append} of a batch. */
public sealed interface Appended {

  /** Stored as the file's next version. */
  record Stored(UploadVersion version) implements Appended {}

  /**
   * Nothing stored: the MAC is not a device of the tenant (never was, or was deleted meanwhile).
   *
   * @param message names the file, the MAC and the tenant
   */
  record NotADevice(String message) implements Appended {}

  /**
   * The stored version, or the {@link IllegalArgumentException} {@link UploadRepository#append}
   * throws.
   */
  default UploadVersion versionOrThrow() {
    return switch (this) {
      case Stored stored -> stored.version();
      case NotADevice notADevice -> throw new IllegalArgumentException(notADevice.message());
    };
  }

  /** The refusal of an append whose MAC is not a device of its tenant. */
  static NotADevice notADevice(Append append) {
    return new NotADevice(
        "upload "
            + append.name()
            + ": "
            + append.name().mac()
            + " is not a device of tenant "
            + append.tenant());
  }
}
