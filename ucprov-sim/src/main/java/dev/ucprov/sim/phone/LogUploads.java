package dev.ucprov.sim.phone;

import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import java.net.URI;
import java.time.Clock;

/**
 * The log uploads (polycom-facts.md §1.7): {@code <MAC>-boot.log} when the phone starts, {@code
 * <MAC>-app.log} on every cycle, to LOG_FILE_DIRECTORY, each a whole-file replacement. A phone set
 * up without its boot log ({@link PhoneSetup#bootLog()}) uploads the application log only.
 */
final class LogUploads {

  private LogUploads() {}

  static void run(
      Cycle cycle,
      ResolvedMaster master,
      boolean bootLog,
      String version,
      EffectiveConfig effective,
      Clock clock) {
    if (bootLog) {
      upload(cycle, master, "-boot.log", BootLog.boot(cycle.steps, clock));
    }
    upload(cycle, master, "-app.log", BootLog.application(version, effective, clock));
  }

  private static void upload(Cycle cycle, ResolvedMaster master, String suffix, byte[] body) {
    URI uri =
        cycle.server.locate(
            master.fileIn(MasterAttribute.LOG_FILE_DIRECTORY, cycle.mac.value() + suffix));
    Uploads.put(cycle, StepKind.LOG_UPLOAD, uri, body);
  }
}
