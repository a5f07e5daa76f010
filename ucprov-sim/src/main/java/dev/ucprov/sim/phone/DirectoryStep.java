package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.sim.flash.CachedFile;
import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.util.Optional;

/**
 * The contact directory (polycom-facts.md §1.5 and §4; white paper, "Configuring Your Local Contact
 * Directory"): {@code <MAC>-directory.xml} from CONTACTS_DIRECTORY replaces the local copy; on 404,
 * and only when the phone holds no local directory, {@code 000000000000-directory.xml}, which the
 * phone then keeps as its own. Read on reboot and restart; on the other triggers only when {@code
 * dir.local.readonly="1"}.
 */
final class DirectoryStep {

  private DirectoryStep() {}

  static void run(Cycle cycle, ResolvedMaster master, Trigger trigger, EffectiveConfig effective) {
    URI own = cycle.server.locate(fileIn(master, cycle.mac.value()));
    if (!trigger.alwaysReadsDirectory() && !readOnly(effective)) {
      cycle.decide(
          StepKind.DIRECTORY,
          BootServer.shown(own),
          StepResult.SKIPPED,
          "not reread on "
              + trigger.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
              + " unless dir.local.readonly=\"1\"");
      return;
    }
    Optional<CachedFile> local = cycle.flash.file(FlashNames.LOCAL_DIRECTORY);
    Exchange exchange = cycle.get(own, Optional.empty(), true);
    if (exchange.reply() instanceof Reply.Got got) {
      cycle.flash.store(FlashNames.LOCAL_DIRECTORY, new CachedFile(got.body(), got.etag()));
      cycle.record(StepKind.DIRECTORY, exchange, CacheUse.STORED, StepResult.OK, "");
    } else if (local.isPresent() || !exchange.notFound()) {
      cycle.record(
          StepKind.DIRECTORY,
          exchange,
          local.isPresent() ? CacheUse.FALLBACK : CacheUse.NONE,
          Cycle.unlessFound(exchange, StepResult.ABSENT),
          local.isPresent() ? "keeps its local directory" : exchange.describe());
    } else {
      cycle.record(
          StepKind.DIRECTORY,
          exchange,
          CacheUse.NONE,
          StepResult.ABSENT,
          "no local directory either");
      shared(cycle, master);
    }
  }

  /** The exception of the white paper: no local directory and none of its own. */
  private static void shared(Cycle cycle, ResolvedMaster master) {
    URI uri = cycle.server.locate(fileIn(master, MacAddress.ZERO.value()));
    Exchange shared = cycle.get(uri, Optional.empty(), true);
    if (shared.reply() instanceof Reply.Got got) {
      cycle.flash.store(FlashNames.LOCAL_DIRECTORY, CachedFile.of(got.body()));
      cycle.record(
          StepKind.DIRECTORY, shared, CacheUse.STORED, StepResult.OK, "kept as its own directory");
    } else {
      StepResult result = Cycle.unlessFound(shared, StepResult.ABSENT);
      cycle.record(StepKind.DIRECTORY, shared, CacheUse.NONE, result, "empty directory");
    }
  }

  static boolean readOnly(EffectiveConfig effective) {
    return effective
        .parameter("dir.local.readonly")
        .map(p -> p.value().strip().equals("1"))
        .orElse(false);
  }

  static dev.ucprov.core.master.Location fileIn(ResolvedMaster master, String mac) {
    return master.fileIn(MasterAttribute.CONTACTS_DIRECTORY, mac + "-directory.xml");
  }
}
