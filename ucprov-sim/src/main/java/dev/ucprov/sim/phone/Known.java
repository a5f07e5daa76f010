package dev.ucprov.sim.phone;

import dev.ucprov.core.master.ResolvedMaster;
import java.util.Map;

/**
 * What the last cycle taught the phone, for its user actions: where its server is, what its master
 * says, and the tree its effective configuration was computed from.
 */
record Known(
    BootServer server, ResolvedMaster master, String masterTreeName, Map<String, byte[]> tree) {

  Known {
    tree = Map.copyOf(tree);
  }
}
