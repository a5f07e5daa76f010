package dev.ucprov.sim.phone;

import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.sim.flash.CachedFile;
import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<Pending> pending = new ArrayList<>();
    boolean complete = true;
    for (Location location : master.configFiles()) {
      Optional<CachedFile> cached = cycle.flash.file(FlashNames.server(location.display()));
      Exchange exchange =
          cycle.get(cycle.server.locate(location), cached.flatMap(CachedFile::etag), true);
      Optional<CachedFile> file =
          switch (exchange.reply()) {
            case Reply.Got got -> Optional.of(new CachedFile(got.body(), got.etag()));
            case Reply.NotModified nm -> cached;
            default -> Optional.empty();
          };
      complete &= file.isPresent();
      pending.add(new Pending(location, exchange, file));
    }
    boolean fallback =
        !complete
            && master.configFiles().stream()
                .anyMatch(l -> cycle.flash.file(FlashNames.server(l.display())).isPresent());
    for (Pending p : pending) {
      record(cycle, p, complete);
    }
    if (fallback) {
      cycle.steps.add(
          new Step(
              StepKind.CONFIG,
              "-",
              "",
              0,
              0,
              java.time.Duration.ZERO,
              CacheUse.FALLBACK,
              StepResult.OK,
              "a config file could not be read: uses the cached copies of all "
                  + master.configFiles().size()));
    }
    for (Pending p : pending) {
      Optional<CachedFile> used =
          fallback ? cycle.flash.file(FlashNames.server(p.location().display())) : p.file();
      if (complete) {
        p.file().ifPresent(f -> cycle.flash.store(FlashNames.server(p.location().display()), f));
      }
      used.ifPresent(f -> intoTree(cycle, p.location(), f.content()));
    }
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

  /** The flash copies of everything a boot from flash needs, at their tree paths. */
  static Map<String, byte[]> cachedTree(
      dev.ucprov.sim.flash.Flash flash,
      ResolvedMaster master,
      dev.ucprov.core.device.MacAddress mac) {
    Map<String, byte[]> tree = new LinkedHashMap<>();
    for (Location location : master.configFiles()) {
      if (location instanceof Location.TreePath path) {
        flash
            .file(FlashNames.server(path.path()))
            .ifPresent(f -> tree.put(path.path(), f.content()));
      }
    }
    for (String[] pair :
        new String[][] {
          {"-phone.cfg", FlashNames.LOCAL_PHONE}, {"-web.cfg", FlashNames.LOCAL_WEB}
        }) {
      if (master.fileIn(MasterAttribute.OVERRIDES_DIRECTORY, mac.value() + pair[0])
          instanceof Location.TreePath path) {
        flash.file(pair[1]).ifPresent(f -> tree.put(path.path(), f.content()));
      }
    }
    return tree;
  }
}
