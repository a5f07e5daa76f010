package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.sim.flash.CachedFile;
import dev.ucprov.sim.transport.Reply;
import java.util.List;
import java.util.Optional;

/**
 * The licences (polycom-facts.md §1.6): {@code 000000000000-license.cfg}, then {@code
 * <MAC>-license.cfg}, from LICENSE_DIRECTORY. Either may be absent; a licence read is kept.
 */
final class LicenceStep {

  private LicenceStep() {}

  static void run(Cycle cycle, ResolvedMaster master) {
    for (String mac : List.of(MacAddress.ZERO.value(), cycle.mac.value())) {
      var location = master.fileIn(MasterAttribute.LICENSE_DIRECTORY, mac + "-license.cfg");
      Exchange exchange = cycle.get(cycle.server.locate(location), Optional.empty(), true);
      if (exchange.reply() instanceof Reply.Got got) {
        cycle.flash.store(FlashNames.server(location.display()), CachedFile.of(got.body()));
        cycle.record(StepKind.LICENCE, exchange, CacheUse.STORED, StepResult.OK, "");
      } else {
        cycle.record(
            StepKind.LICENCE,
            exchange,
            CacheUse.NONE,
            Cycle.unlessFound(exchange, StepResult.ABSENT),
            "");
      }
    }
  }
}
