package dev.ucprov.sim.phone;

import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The software check every trigger makes (white paper, "Understanding Phone Update Behavior"): the
 * image of {@code APP_FILE_PATH} is fetched only when its version differs from the one running.
 *
 * <p>How the version is known: first from {@code sip.ver} beside the image, the one-line version
 * file UC Software distributions ship; equal to the running version, nothing more is fetched.
 * Without it, the image itself tells: a conditional GET with the ETag of the image last seen (304:
 * same image), else the whole image, compared by SHA-256 with the last one. An image is counted and
 * hashed, never held. The images are tried in the order the core resolves them (split {@code
 * <PART>.sip.ld}, then the combined one).
 */
final class FirmwareStep {

  static final String VERSION_FILE = "sip.ver";

  private FirmwareStep() {}

  /** Runs the check; the application version running afterwards. */
  static String run(Cycle cycle, ResolvedMaster master, String running) {
    List<Location> images = master.firmware();
    if (images.isEmpty()) {
      cycle.decide(StepKind.FIRMWARE, "", StepResult.SKIPPED, "the master names no image");
      return running;
    }
    URI versionFile = cycle.server.locate(images.getFirst()).resolve(VERSION_FILE);
    Exchange exchange = cycle.get(versionFile, Optional.empty(), true);
    Optional<String> offered = Optional.empty();
    if (exchange.reply() instanceof Reply.Got got) {
      offered = version(got.body());
      cycle.record(
          StepKind.FIRMWARE_VERSION,
          exchange,
          CacheUse.NONE,
          offered.isPresent() ? StepResult.OK : StepResult.ERROR,
          offered.map(v -> "server offers " + v).orElse("no version in the file"));
    } else {
      cycle.record(
          StepKind.FIRMWARE_VERSION,
          exchange,
          CacheUse.NONE,
          Cycle.unlessFound(exchange, StepResult.ABSENT),
          "the image itself tells");
    }
    if (offered.isPresent() && offered.get().equals(running)) {
      cycle.decide(
          StepKind.FIRMWARE,
          BootServer.shown(cycle.server.locate(images.getFirst())),
          StepResult.SKIPPED,
          "already running " + running);
      return running;
    }
    return fetchImage(cycle, images, running, offered);
  }

  private static String fetchImage(
      Cycle cycle, List<Location> images, String running, Optional<String> offered) {
    Optional<String> lastEtag =
        offered.isPresent() ? Optional.empty() : cycle.flash.setting(FlashNames.FIRMWARE_ETAG);
    for (int i = 0; i < images.size(); i++) {
      boolean last = i == images.size() - 1;
      Exchange exchange = cycle.get(cycle.server.locate(images.get(i)), lastEtag, false);
      switch (exchange.reply()) {
        case Reply.NotModified nm -> {
          cycle.record(
              StepKind.FIRMWARE, exchange, CacheUse.NOT_MODIFIED, StepResult.SKIPPED, "same image");
          return running;
        }
        case Reply.Got got -> {
          return installed(cycle, exchange, got, running, offered);
        }
        default -> {
          if (!exchange.notFound() || last) {
            String note = "keeps running " + running;
            cycle.record(
                StepKind.FIRMWARE,
                exchange,
                CacheUse.NONE,
                Cycle.unlessFound(exchange, StepResult.ABSENT),
                note);
            return running;
          }
          cycle.record(
              StepKind.FIRMWARE,
              exchange,
              CacheUse.NONE,
              StepResult.ABSENT,
              "tries the next image");
        }
      }
    }
    return running;
  }

  private static String installed(
      Cycle cycle, Exchange exchange, Reply.Got got, String running, Optional<String> offered) {
    String sha256 = got.sha256().orElse("");
    boolean sameImage =
        offered.isEmpty()
            && cycle.flash.setting(FlashNames.FIRMWARE_SHA256).equals(Optional.of(sha256));
    cycle.flash.setting(FlashNames.FIRMWARE_SHA256, sha256);
    got.etag().ifPresent(etag -> cycle.flash.setting(FlashNames.FIRMWARE_ETAG, etag));
    if (sameImage) {
      cycle.record(
          StepKind.FIRMWARE, exchange, CacheUse.NONE, StepResult.OK, "same image, not installed");
      return running;
    }
    String now = offered.orElse(running);
    cycle.flash.setting(FlashNames.APP_VERSION, now);
    cycle.record(
        StepKind.FIRMWARE,
        exchange,
        CacheUse.STORED,
        StepResult.OK,
        offered
            .map(v -> "upgraded " + running + " to " + v)
            .orElse("installed (version not told)"));
    return now;
  }

  /** The first line, without BOM and blanks; empty when it is empty or holds a space. */
  static Optional<String> version(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String line = text.lines().findFirst().orElse("").strip();
    return line.isEmpty() || line.chars().anyMatch(c -> c <= ' ') || line.length() > 64
        ? Optional.empty()
        : Optional.of(line);
  }
}
