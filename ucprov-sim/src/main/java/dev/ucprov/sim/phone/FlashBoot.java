package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.sim.flash.Flash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A boot from the flash alone (white paper, stage 4 of discovery; precedence rules 1 to 3): the
 * cached master, the cached copies of its CONFIG_FILES and the phone's own override files. Without
 * a cached master the phone has no configuration at all.
 */
final class FlashBoot {

  private final PhoneSetup setup;
  private final ProvisioningCycle cycle;

  FlashBoot(PhoneSetup setup, ProvisioningCycle cycle) {
    this.setup = setup;
    this.cycle = cycle;
  }

  /** White paper stage 4: "Could not contact boot server using existing configuration". */
  ProvisioningCycle.End run(
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
        cached.flatMap(bytes -> cycle.resolve(name.get(), bytes, new ArrayList<>()));
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
              cycle.effective(Map.of()),
              running,
              ProvisioningCycle.elapsed(start));
      return new ProvisioningCycle.End(result, Optional.empty());
    }
    Map<String, byte[]> tree = new LinkedHashMap<>(cachedTree(flash, master.get(), mac));
    String treeName = ProvisioningCycle.masterTreeName(name.get(), mac);
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
            cycle.effective(tree),
            running,
            ProvisioningCycle.elapsed(start));
    return new ProvisioningCycle.End(
        result, server.map(s -> new Known(s, master.get(), treeName, tree)));
  }

  /** The flash copies of everything a boot from flash needs, at their tree paths. */
  private static Map<String, byte[]> cachedTree(
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
