package dev.ucprov.sim.transport;

import java.util.Optional;

/**
 * What a server answered. Statuses are HTTP's; TFTP and FTP answers are mapped onto them (a TFTP
 * error 1 or an FTP 550 is a 404), with the protocol's own words in the detail.
 */
public sealed interface Reply {

  /** The status for the trace; 0 when nothing answered. */
  int status();

  /**
   * A file came.
   *
   * @param body the bytes, empty when the fetch did not keep them
   * @param length the body's length in bytes, kept or not
   * @param sha256 the body's SHA-256 in hex, computed only when the body was not kept
   * @param etag the ETag header (HTTP), if any
   */
  record Got(int status, byte[] body, long length, Optional<String> sha256, Optional<String> etag)
      implements Reply {}

  /** 304: the copy the phone holds is current. */
  record NotModified() implements Reply {
    @Override
    public int status() {
      return 304;
    }
  }

  /** An upload was stored. */
  record Stored(int status) implements Reply {}

  /** The server answered, but not with the file or not storing it. */
  record Refused(int status, String detail) implements Reply {}

  /** Nothing answered: refused connection, timeout, unknown host, broken transfer. */
  record Unreachable(String reason) implements Reply {
    @Override
    public int status() {
      return 0;
    }
  }
}
