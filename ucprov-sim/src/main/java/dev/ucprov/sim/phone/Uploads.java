package dev.ucprov.sim.phone;

import dev.ucprov.sim.transport.Reply;
import java.net.URI;

/** A file the phone writes, recorded as one step: stored, refused (4xx) or failed. */
final class Uploads {

  private Uploads() {}

  static Step put(Cycle cycle, StepKind kind, URI uri, byte[] body) {
    Exchange exchange = cycle.put(uri, body);
    StepResult result =
        switch (exchange.reply()) {
          case Reply.Stored stored -> StepResult.OK;
          case Reply.Refused refused when refused.status() < 500 -> StepResult.REFUSED;
          default -> StepResult.ERROR;
        };
    String note = result == StepResult.OK ? "" : exchange.describe();
    cycle.record(kind, exchange, CacheUse.NONE, result, note);
    return cycle.steps.getLast();
  }
}
