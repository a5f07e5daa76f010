package dev.ucprov.sim.phone;

import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.sim.flash.CachedFile;
import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * CONFIG_FILES left to right, then both override files (polycom-facts.md §1.3, §1.4, §3). If one or
 * more CONFIG_FILES cannot be read, the phone uses its cached copies of all of them (white paper,
 * precedence 3); an override file the server does not give is taken from the phone's own copy
 * (precedence 1 and 2). What is used goes into the cycle's tree at its tree path.
 */
final class ConfigStep {

  private record Pending(Location location, Exchange exchange, Optional<CachedFile> file) {}

  private ConfigStep() {}

  static void configFiles(Cycle cycle, ResolvedMaster master) {
    List<Pending> pending = master.configFiles().stream().map(l -> fetch(cycle, l)).toList();
    boolean complete = pending.stream().allMatch(p -> p.file().isPresent());
    boolean fallback =
        !complete && pending.stream().anyMatch(p -> cached(cycle, p.location()).isPresent());
    pending.forEach(p -> record(cycle, p, complete));
    if (fallback) {
      cycle.steps.add(
          Step.decision(
              StepKind.CONFIG,
              "",
              CacheUse.FALLBACK,
              StepResult.OK,
              "a config file could not be read: uses the cached copies of all " + pending.size()));
    }
    for (Pending p : pending) {
      if (complete) {
        cycle.flash.store(FlashNames.server(p.location().display()), p.file().get());
      }
      Optional<CachedFile> used = fallback ? cached(cycle, p.location()) : p.file();
      used.ifPresent(f -> intoTree(cycle, p.location(), f.content()));
    }
  }

  /** One entry fetched, conditional on the flash copy's ETag; the file, or empty when not had. */
  private static Pending fetch(Cycle cycle, Location location) {
    Optional<CachedFile> cached = cached(cycle, location);
    Exchange exchange =
        cycle.get(cycle.server.locate(location), cached.flatMap(CachedFile::etag), true);
    Optional<CachedFile> file =
        switch (exchange.reply()) {
          case Reply.Got got -> Optional.of(new CachedFile(got.body(), got.etag()));
          case Reply.NotModified nm -> cached;
          default -> Optional.empty();
        };
    return new Pending(location, exchange, file);
  }

  private static Optional<CachedFile> cached(Cycle cycle, Location location) {
    return cycle.flash.file(FlashNames.server(location.display()));
  }

  private static void record(Cycle cycle, Pending p, boolean complete) {
    Exchange exchange = p.exchange();
    switch (exchange.reply()) {
      case Reply.NotModified nm ->
          cycle.record(StepKind.CONFIG, exchange, CacheUse.NOT_MODIFIED, StepResult.OK, "");
      case Reply.Got got ->
          cycle.record(
              StepKind.CONFIG,
              exchange,
              complete ? CacheUse.STORED : CacheUse.NONE,
              StepResult.OK,
              complete ? "" : "not kept: another config file failed");
      default -> {
        StepResult result = exchange.notFound() ? StepResult.MISSING : StepResult.ERROR;
        cycle.record(StepKind.CONFIG, exchange, CacheUse.NONE, result, exchange.describe());
      }
    }
  }

  static void overrides(Cycle cycle, ResolvedMaster master) {
    override(cycle, master, "-phone.cfg", FlashNames.LOCAL_PHONE);
    override(cycle, master, "-web.cfg", FlashNames.LOCAL_WEB);
  }

  private static void override(Cycle cycle, ResolvedMaster master, String suffix, String local) {
    Location location =
        master.fileIn(MasterAttribute.OVERRIDES_DIRECTORY, cycle.mac.value() + suffix);
    URI uri = cycle.server.locate(location);
    Optional<CachedFile> own = cycle.flash.file(local);
    Exchange exchange = cycle.get(uri, own.flatMap(CachedFile::etag), true);
    switch (exchange.reply()) {
      case Reply.Got got -> {
        cycle.flash.store(local, new CachedFile(got.body(), got.etag()));
        cycle.record(StepKind.OVERRIDE, exchange, CacheUse.STORED, StepResult.OK, "");
        intoTree(cycle, location, got.body());
      }
      case Reply.NotModified nm when own.isPresent() -> {
        cycle.record(StepKind.OVERRIDE, exchange, CacheUse.NOT_MODIFIED, StepResult.OK, "");
        intoTree(cycle, location, own.get().content());
      }
      default -> {
        StepResult result = Cycle.unlessFound(exchange, StepResult.ABSENT);
        if (own.isPresent()) {
          cycle.record(StepKind.OVERRIDE, exchange, CacheUse.FALLBACK, result, "uses its own copy");
          intoTree(cycle, location, own.get().content());
        } else {
          cycle.record(StepKind.OVERRIDE, exchange, CacheUse.NONE, result, "");
        }
      }
    }
  }

  /** Only tree paths: the core reads a URL location as remote and never asks for it. */
  static void intoTree(Cycle cycle, Location location, byte[] content) {
    if (location instanceof Location.TreePath path) {
      cycle.tree.put(path.path(), content);
    }
  }
}
