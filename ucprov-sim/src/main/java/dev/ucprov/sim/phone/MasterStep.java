package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.flash.CachedFile;
import dev.ucprov.sim.transport.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The master config (polycom-facts.md §1.1): the file the boot server URL names, else {@code
 * <MAC>.cfg} and, on 404, {@code 000000000000.cfg}. A server that does not answer, or answers
 * otherwise, ends the search: the phone then boots from its flash.
 */
final class MasterStep {

  /** What the search gave. */
  sealed interface Outcome {
    record Read(String name, byte[] content) implements Outcome {}

    record NotRead(String reason) implements Outcome {}
  }

  private MasterStep() {}

  static Outcome run(Cycle cycle) {
    List<String> names =
        cycle
            .server
            .masterName()
            .map(List::of)
            .orElse(List.of(cycle.mac.value() + ".cfg", MacAddress.ZERO.value() + ".cfg"));
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      boolean last = i == names.size() - 1;
      Optional<CachedFile> cached = cycle.flash.file(FlashNames.server(name));
      Exchange exchange =
          cycle.get(cycle.server.file(name), cached.flatMap(CachedFile::etag), true);
      switch (exchange.reply()) {
        case Reply.Got got -> {
          cycle.flash.store(FlashNames.server(name), new CachedFile(got.body(), got.etag()));
          cycle.record(StepKind.MASTER, exchange, CacheUse.STORED, StepResult.OK, "");
          return new Outcome.Read(name, got.body());
        }
        case Reply.NotModified nm when cached.isPresent() -> {
          cycle.record(StepKind.MASTER, exchange, CacheUse.NOT_MODIFIED, StepResult.OK, "");
          return new Outcome.Read(name, cached.get().content());
        }
        default -> {
          if (!exchange.notFound()) {
            cycle.record(
                StepKind.MASTER, exchange, CacheUse.NONE, StepResult.ERROR, exchange.describe());
            return new Outcome.NotRead(
                "the boot server did not give " + name + ": " + exchange.describe());
          }
          StepResult result = last ? StepResult.MISSING : StepResult.ABSENT;
          String note = last ? "no master config on the server" : "asks for the next name";
          cycle.record(StepKind.MASTER, exchange, CacheUse.NONE, result, note);
        }
      }
    }
    return new Outcome.NotRead("no master config on the server (" + String.join(", ", names) + ")");
  }
}
