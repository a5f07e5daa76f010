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
import java.time.Duration;
import java.util.ArrayList;
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
  private final FlashBoot flashBoot;

  ProvisioningCycle(PhoneSetup setup, EffectiveConfigResolver resolver, ConfigReader reader) {
    this.setup = setup;
    this.resolver = resolver;
    this.reader = reader;
    this.flashBoot = new FlashBoot(setup, this);
  }

  /**
   * How a cycle began: its trigger, the version running, its start on the monotonic clock.
   *
   * @param nanos {@link System#nanoTime()} at the start
   */
  record Start(Trigger trigger, String running, long nanos) {

    BootResult result(
        MacAddress mac,
        Optional<BootServer> server,
        BootOutcome outcome,
        List<Step> steps,
        EffectiveConfig effective) {
      return result(mac, server, outcome, steps, effective, running);
    }

    BootResult result(
        MacAddress mac,
        Optional<BootServer> server,
        BootOutcome outcome,
        List<Step> steps,
        EffectiveConfig effective,
        String version) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - nanos);
      return new BootResult(
          mac, trigger, server.map(BootServer::root), outcome, steps, effective, version, elapsed);
    }
  }

  End run(Trigger trigger) {
    Start start =
        new Start(
            trigger,
            setup.flash().setting(FlashNames.APP_VERSION).orElse(setup.profile().firmwareVersion()),
            System.nanoTime());
    Optional<BootServerSetting.Found> found = setup.bootServer().find();
    if (found.isEmpty()) {
      List<Step> steps = new ArrayList<>();
      steps.add(
          Step.decision(
              StepKind.DISCOVERY,
              "",
              StepResult.ERROR,
              "no DHCP option and no static boot server"));
      return flashBoot.run(start, steps, Optional.empty(), "no boot server");
    }
    Cycle cycle = cycle(found.get(), start.running());
    Optional<BootServer> server = Optional.of(cycle.server);
    return switch (MasterStep.run(cycle)) {
      case MasterStep.Outcome.NotRead notRead ->
          flashBoot.run(start, cycle.steps, server, notRead.reason());
      case MasterStep.Outcome.Read read ->
          resolve(read.name(), read.content(), cycle.steps)
              .map(master -> provisioned(start, cycle, read, master))
              .orElseGet(
                  () -> flashBoot.run(start, cycle.steps, server, "the master config is unusable"));
    };
  }

  private Cycle cycle(BootServerSetting.Found found, String running) {
    Cycle cycle =
        new Cycle(
            setup.profile().mac(),
            setup.profile().userAgent(running),
            BootServer.of(found.url()),
            setup.transport(),
            setup.flash(),
            setup.conditionalGet());
    cycle.decide(StepKind.DISCOVERY, BootServer.shown(found.url()), StepResult.OK, found.how());
    return cycle;
  }

  private End provisioned(
      Start start, Cycle cycle, MasterStep.Outcome.Read read, ResolvedMaster master) {
    String version = FirmwareStep.run(cycle, master, start.running());
    ConfigStep.configFiles(cycle, master);
    ConfigStep.overrides(cycle, master);
    String treeName = masterTreeName(read.name(), cycle.mac);
    cycle.tree.put(treeName, read.content());
    EffectiveConfig effective = effective(cycle.tree);
    DirectoryStep.run(cycle, master, start.trigger(), effective);
    LicenceStep.run(cycle, master);
    LogUploads.run(
        cycle,
        master,
        start.trigger().uploadsBootLog() && setup.bootLog(),
        version,
        effective,
        setup.clock());
    setup.flash().setting(FlashNames.MASTER_NAME, read.name());
    BootResult result =
        start.result(
            cycle.mac,
            Optional.of(cycle.server),
            new BootOutcome.Provisioned(),
            cycle.steps,
            effective,
            version);
    return new End(result, Optional.of(new Known(cycle.server, master, treeName, cycle.tree)));
  }

  EffectiveConfig effective(Map<String, byte[]> tree) {
    return resolver.resolve(
        MapTree.of(tree), setup.profile().mac(), Optional.of(setup.profile().model()));
  }

  /** The master for this phone, or empty with an error step naming what is wrong. */
  Optional<ResolvedMaster> resolve(String name, byte[] content, List<Step> steps) {
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
}
