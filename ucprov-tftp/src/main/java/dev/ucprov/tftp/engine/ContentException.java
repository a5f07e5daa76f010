package dev.ucprov.tftp.engine;

import java.io.IOException;

/**
 * The file being sent could not be read to its size: a fault on our side, unlike the socket's
 * failures, which a {@link Sender} lets through as they are.
 */
public final class ContentException extends IOException {

  ContentException(String message, Throwable cause) {
    super(message, cause);
  }
}
