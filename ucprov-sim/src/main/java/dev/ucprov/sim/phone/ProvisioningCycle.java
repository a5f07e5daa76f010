package dev.ucprov.sim.phone;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.config.ConfigSyntaxException;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.ModelCatalog;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.core.master.MasterConfig;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.core.tree.MapTree;
import dev.ucprov.sim.flash.Flash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One provisioning cycle in the order of polycom-facts.md §1: discovery, master, firmware,
 * CONFIG_FILES, overrides, then (with the effective configuration known) the directory, the
 * licences and the log uploads. When the server cannot be used the phone boots from its flash.
 * Stateless apart from its collaborators; thread-safe when they are.
 */
final class ProvisioningCycle {

  /** A cycle's result, and what the phone learnt for its next user action. */
  record End(BootResult result, Optional<Known> known) {}

  private final PhoneSetup setup;
  private final EffectiveConfigResolver resolver;
  private final ConfigReader reader;

  ProvisioningCycle(PhoneSetup setup, EffectiveConfigResolver resolver, ConfigReader reader) {
    this.setup = setup;
    this.resolver = resolver;
    this.reader = reader;
  }

  End run(Trigger trigger) {
    long start = System.nanoTime();
    MacAddress mac = setup.profile().mac();
    String running =
        setup.flash().setting(FlashNames.APP_VERSION).orElse(setup.profile().firmwareVersion());
    Optional<BootServerSetting.Found> found = setup.bootServer().find();
    if (found.isEmpty()) {
      List<Step> steps = new ArrayList<>();
      steps.add(
          Step.decision(
              StepKind.DISCOVERY,
              "",
              StepResult.ERROR,
              "no DHCP option and no static boot server"));
      return fromFlash(trigger, steps, Optional.empty(), "no boot server", running, start);
    }
    BootServer server = BootServer.of(found.get().url());
    Cycle cycle =
        new Cycle(
            mac,
            setup.profile().userAgent(running),
            server,
            setup.transport(),
            setup.flash(),
            setup.conditionalGet());
    cycle.decide(
        StepKind.DISCOVERY, BootServer.shown(found.get().url()), StepResult.OK, found.get().how());
    return switch (MasterStep.run(cycle)) {
      case MasterStep.Outcome.NotRead notRead ->
          fromFlash(trigger, cycle.steps, Optional.of(server), notRead.reason(), running, start);
      case MasterStep.Outcome.Read read -> {
        Optional<ResolvedMaster> master = resolve(read.name(), read.content(), cycle.steps);
        yield master.isEmpty()
            ? fromFlash(
                trigger,
                cycle.steps,
                Optional.of(server),
                "the master config is unusable",
                running,
                start)
            : provisioned(trigger, cycle, read, master.get(), running, start);
      }
    };
  }

  private End provisioned(
      Trigger trigger,
      Cycle cycle,
      MasterStep.Outcome.Read read,
      ResolvedMaster master,
      String running,
      long start) {
    String version = FirmwareStep.run(cycle, master, running);
    ConfigStep.configFiles(cycle, master);
    ConfigStep.overrides(cycle, master);
    String treeName = masterTreeName(read.name(), cycle.mac);
    cycle.tree.put(treeName, read.content());
    EffectiveConfig effective = effective(cycle.tree);
    DirectoryStep.run(cycle, master, trigger, effective);
    LicenceStep.run(cycle, master);
    LogUploads.run(cycle, master, trigger, version, effective, setup.clock());
    setup.flash().setting(FlashNames.MASTER_NAME, read.name());
    BootResult result =
        new BootResult(
            cycle.mac,
            trigger,
            Optional.of(cycle.server.root()),
            new BootOutcome.Provisioned(),
            cycle.steps,
            effective,
            version,
            elapsed(start));
    return new End(result, Optional.of(new Known(cycle.server, master, treeName, cycle.tree)));
  }

  /** White paper stage 4: "Could not contact boot server using existing configuration". */
  private End fromFlash(
      Trigger trigger,
      List<Step> steps,
      Optional<BootServer> server,
      String reason,
      String running,
      long start) {
    Flash flash = setup.flash();
    MacAddress mac = setup.profile().mac();
    Optional<String> name = flash.setting(FlashNames.MASTER_NAME);
    Optional<byte[]> cached =
        name.flatMap(n -> flash.file(FlashNames.server(n))).map(f -> f.content());
    Optional<ResolvedMaster> master =
        cached.flatMap(bytes -> resolve(name.get(), bytes, new ArrayList<>()));
    if (master.isEmpty()) {
      steps.add(
          Step.decision(
              StepKind.MASTER,
              "",
              StepResult.ERROR,
              "nothing cached: the phone has no configuration"));
      BootResult result =
          new BootResult(
              mac,
              trigger,
              server.map(BootServer::root),
              new BootOutcome.Failed(reason + "; nothing cached"),
              steps,
              effective(Map.of()),
              running,
              elapsed(start));
      return new End(result, Optional.empty());
    }
    Map<String, byte[]> tree = new LinkedHashMap<>(ConfigStep.cachedTree(flash, master.get(), mac));
    String treeName = masterTreeName(name.get(), mac);
    tree.put(treeName, cached.get());
    steps.add(
        new Step(
            StepKind.MASTER,
            "-",
            name.get(),
            0,
            0,
            Duration.ZERO,
            CacheUse.FALLBACK,
            StepResult.OK,
            "could not contact boot server using existing configuration"));
    BootResult result =
        new BootResult(
            mac,
            trigger,
            server.map(BootServer::root),
            new BootOutcome.FromCache(reason),
            steps,
            effective(tree),
            running,
            elapsed(start));
    return new End(result, server.map(s -> new Known(s, master.get(), treeName, tree)));
  }

  EffectiveConfig effective(Map<String, byte[]> tree) {
    return resolver.resolve(
        MapTree.of(tree), setup.profile().mac(), Optional.of(setup.profile().model()));
  }

  /** The master for this phone, or empty with an error step naming what is wrong. */
  private Optional<ResolvedMaster> resolve(String name, byte[] content, List<Step> steps) {
    try {
      Optional<MasterConfig> master = MasterConfig.from(reader.read(name, content));
      if (master.isEmpty()) {
        steps.add(
            Step.decision(
                StepKind.MASTER,
                name,
                StepResult.ERROR,
                "not a master config (root is not APPLICATION)"));
      }
      return master.map(
          m -> m.resolve(setup.profile().mac(), ModelCatalog.byToken(setup.profile().model())));
    } catch (ConfigSyntaxException e) {
      steps.add(Step.decision(StepKind.MASTER, name, StepResult.ERROR, e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Where the master goes in the tree the core reads: its own name when the core would look for it
   * ({@code <MAC>.cfg}, {@code 000000000000.cfg}); a master the URL named otherwise stands in as
   * {@code <MAC>.cfg}, the name the core asks for first.
   */
  static String masterTreeName(String name, MacAddress mac) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.equals(mac.value() + ".cfg") || lower.equals(MacAddress.ZERO.value() + ".cfg")
        ? name
        : mac.value() + ".cfg";
  }

  private static Duration elapsed(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
