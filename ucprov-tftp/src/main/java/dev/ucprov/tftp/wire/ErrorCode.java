package dev.ucprov.tftp.wire;

/** The error codes of RFC 1350 section 5 and RFC 2347 (8). */
public enum ErrorCode {
  /** Not defined; the message says what happened. */
  UNDEFINED(0),
  FILE_NOT_FOUND(1),
  ACCESS_VIOLATION(2),
  /** Disk full or allocation exceeded: an upload over its size cap. */
  DISK_FULL(3),
  ILLEGAL_OPERATION(4),
  UNKNOWN_TRANSFER_ID(5),
  FILE_EXISTS(6),
  NO_SUCH_USER(7),
  /** The client's options cannot be accepted (RFC 2347). */
  OPTION_REFUSED(8);

  private final int value;

  ErrorCode(int value) {
    this.value = value;
  }

  public int value() {
    return value;
  }
}
