package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import dev.ucprov.sim.flash.CachedFile;
import dev.ucprov.sim.flash.Flash;
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
      ProvisioningCycle.Start start, List<Step> steps, Optional<BootServer> server, String reason) {
    Flash flash = setup.flash();
    Optional<String> name = flash.setting(FlashNames.MASTER_NAME);
    Optional<byte[]> cached =
        name.flatMap(n -> flash.file(FlashNames.server(n))).map(CachedFile::content);
    Optional<ResolvedMaster> master =
        cached.flatMap(bytes -> cycle.resolve(name.get(), bytes, new ArrayList<>()));
    if (master.isEmpty()) {
      steps.add(
          Step.decision(
              StepKind.MASTER,
              "",
              StepResult.ERROR,
              "nothing cached: the phone has no configuration"));
      BootOutcome failed = new BootOutcome.Failed(reason + "; nothing cached");
      return new ProvisioningCycle.End(
          start.result(setup.profile().mac(), server, failed, steps, cycle.effective(Map.of())),
          Optional.empty());
    }
    MacAddress mac = setup.profile().mac();
    Map<String, byte[]> tree = new LinkedHashMap<>(cachedTree(flash, master.get(), mac));
    String treeName = ProvisioningCycle.masterTreeName(name.get(), mac);
    tree.put(treeName, cached.get());
    steps.add(
        Step.decision(
            StepKind.MASTER,
            name.get(),
            CacheUse.FALLBACK,
            StepResult.OK,
            "could not contact boot server using existing configuration"));
    BootOutcome fromCache = new BootOutcome.FromCache(reason);
    return new ProvisioningCycle.End(
        start.result(mac, server, fromCache, steps, cycle.effective(tree)),
        server.map(s -> new Known(s, master.get(), treeName, tree)));
  }

  /** The flash copies of everything a boot from flash needs, at their tree paths. */
  private static Map<String, byte[]> cachedTree(
      Flash flash, ResolvedMaster master, MacAddress mac) {
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
