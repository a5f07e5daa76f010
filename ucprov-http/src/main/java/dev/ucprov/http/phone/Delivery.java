package dev.ucprov.http.phone;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * How the last (often only) buffer of an answer is written. On a virtual thread the write blocks
 * until it is done; on a network thread ({@link PhoneHandler}'s inline answers, ADR 0020) it is
 * started and the request is completed by its callback, since waiting there for the socket would
 * wait for the very thread that must make the socket writable.
 */
interface Delivery {

  /**
   * Writes {@code body} as the end of the response.
   *
   * @param sent what the access line and the inventory will say was sent
   * @return {@code sent}
   */
  Sent last(Response response, ByteBuffer body, Sent sent) throws IOException;

  /** Writes and waits: for virtual threads. */
  Delivery BLOCKING =
      (response, body, sent) -> {
        Content.Sink.write(response, true, body);
        return sent;
      };

  /**
   * Starts the write and returns; {@code done} learns what was sent before the write can complete
   * (it may complete within the call), then is told the write's outcome.
   */
  static Delivery started(Completion done) {
    return (response, body, sent) -> {
      done.sending(sent);
      response.write(true, body, done);
      return sent;
    };
  }

  /** The end of an inline answer: told what is being sent, then whether it went. */
  interface Completion extends Callback {
    void sending(Sent sent);
  }
}
