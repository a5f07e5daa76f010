package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.master.MasterConfig;
import java.util.List;
import java.util.Locale;

/**
 * Finds the master config a phone gets (polycom-facts.md §1): {@code <mac>.cfg}, the same name in
 * upper case, then {@code 000000000000.cfg}. A file that is there stops the search even when it
 * cannot be used, as a phone that got an answer does not ask for the next name.
 */
final class MasterLookup {

  static final String ROLE = "master";
  private static final String DEFAULT_MASTER = MacAddress.ZERO.value() + ".cfg";

  private final TreeReads reads;
  private final Diagnostics diagnostics;

  MasterLookup(TreeReads reads, Diagnostics diagnostics) {
    this.reads = reads;
    this.diagnostics = diagnostics;
  }

  MasterOutcome find(MacAddress mac) {
    String lower = mac.value() + ".cfg";
    String upper = mac.value().toUpperCase(Locale.ROOT) + ".cfg";
    for (String path : List.of(lower, upper, DEFAULT_MASTER)) {
      switch (reads.read(path)) {
        case FileRead.Absent absent -> {
          // the phone asks for the next name
        }
        case FileRead.Found found -> {
          return judge(found.file());
        }
        case FileRead.Unreadable unreadable -> {
          diagnostics.unreadable(unreadable);
          diagnostics.missing(path, ROLE, Consequence.unreadableMaster(unreadable.describe()));
          return new MasterOutcome.Unusable(path);
        }
      }
    }
    diagnostics.missing(lower, ROLE, Consequence.noMaster(lower, DEFAULT_MASTER));
    return new MasterOutcome.Absent();
  }

  private MasterOutcome judge(ConfigFile file) {
    diagnostics.problemsOf(file);
    var master = MasterConfig.from(file);
    if (master.isPresent()) {
      return new MasterOutcome.Usable(file.path(), master.get());
    }
    diagnostics.unreadable(
        file.path(),
        "root element is <" + file.rootElement() + ">, not <APPLICATION>: not a master config");
    diagnostics.missing(file.path(), ROLE, Consequence.notAMaster(file.rootElement()));
    return new MasterOutcome.Unusable(file.path());
  }
}
