package dev.ucprov.tftp.engine;

import dev.ucprov.tftp.wire.ErrorCode;

/** How a transfer ended; {@code bytes} is the file's bytes delivered (acknowledged or received). */
public sealed interface Ending {

  long bytes();

  /** Every block delivered and acknowledged. */
  record Completed(long bytes) implements Ending {}

  /** The peer stopped answering after every retry. */
  record TimedOut(long bytes) implements Ending {}

  /** The peer sent an error packet and so ended the transfer. */
  record PeerError(int code, String message, long bytes) implements Ending {}

  /** We ended it with an error packet of {@code code}. */
  record Refused(ErrorCode code, String message, long bytes) implements Ending {}
}
