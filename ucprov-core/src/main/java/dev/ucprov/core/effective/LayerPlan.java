package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.ResolvedMaster;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The files that contribute parameters, highest precedence first (polycom-facts.md §3): {@code
 * <mac>-phone.cfg}, {@code <mac>-web.cfg}, then CONFIG_FILES left to right. A path counts once, at
 * its highest place; files that cannot be had go to the diagnostics instead. One per resolution.
 */
final class LayerPlan {

  private final TreeReads reads;
  private final Diagnostics diagnostics;
  private final Set<String> seen = new HashSet<>();
  private final List<ConfigFile> layers = new ArrayList<>();

  LayerPlan(TreeReads reads, Diagnostics diagnostics) {
    this.reads = reads;
    this.diagnostics = diagnostics;
  }

  List<ConfigFile> layers(ResolvedMaster master, MacAddress mac) {
    override(master.directory(MasterAttribute.OVERRIDES_DIRECTORY), mac, "-phone.cfg", "phone");
    override(master.directory(MasterAttribute.OVERRIDES_DIRECTORY), mac, "-web.cfg", "web");
    for (Location entry : master.configFiles()) {
      switch (entry) {
        case Location.Url url -> {
          if (seen.add(url.url())) {
            diagnostics.missing(Passwords.shown(url), "config", Consequence.remoteConfig());
          }
        }
        case Location.TreePath path ->
            take(path.path(), "config", Consequence.missingConfig(), Consequence::unreadableConfig);
      }
    }
    return List.copyOf(layers);
  }

  /** An override file; phones write the MAC in lower case, an upper-case copy is accepted too. */
  private void override(Location directory, MacAddress mac, String suffix, String kind) {
    String role = "override-" + kind;
    String lowerName = mac.value() + suffix;
    switch (directory) {
      case Location.Url url ->
          diagnostics.missing(
              Passwords.shown(url.resolve(lowerName)), role, Consequence.remoteOverride());
      case Location.TreePath dir -> {
        String lower = dir.resolve(lowerName).path();
        String upper = dir.resolve(mac.value().toUpperCase(Locale.ROOT) + suffix).path();
        boolean onlyUpper =
            reads.read(lower) instanceof FileRead.Absent
                && !(reads.read(upper) instanceof FileRead.Absent);
        take(
            onlyUpper ? upper : lower,
            role,
            Consequence.missingOverride(),
            Consequence::unreadableOverride);
      }
    }
  }

  /** Adds a tree file as the next layer, or records why a phone cannot have it. */
  private void take(
      String path, String role, String whenAbsent, UnaryOperator<String> whenUnreadable) {
    if (!seen.add(path)) {
      return;
    }
    switch (reads.read(path)) {
      case FileRead.Found found -> {
        diagnostics.problemsOf(found.file());
        layers.add(found.file());
      }
      case FileRead.Absent absent -> diagnostics.missing(path, role, whenAbsent);
      case FileRead.Unreadable unreadable -> {
        diagnostics.unreadable(unreadable);
        diagnostics.missing(path, role, whenUnreadable.apply(unreadable.describe()));
      }
    }
  }
}
