package dev.ucprov.sim.phone;

import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.time.Duration;

/** One request of a cycle and what came back, timed. */
record Exchange(String method, URI uri, Reply reply, Duration took, long sent) {

  /** Bytes received for a GET, sent for a PUT. */
  long bytes() {
    return reply instanceof Reply.Got got ? got.length() : sent;
  }

  boolean notFound() {
    return reply instanceof Reply.Refused refused && refused.status() == 404;
  }

  /** The reply in a few words, for notes. */
  String describe() {
    return switch (reply) {
      case Reply.Got got -> "got " + got.length() + " bytes";
      case Reply.NotModified nm -> "not modified";
      case Reply.Stored stored -> "stored";
      case Reply.Refused refused -> refused.status() + " " + refused.detail();
      case Reply.Unreachable unreachable -> "unreachable: " + unreachable.reason();
    };
  }
}
