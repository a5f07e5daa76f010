package dev.ucprov.sim.phone;

import java.util.Optional;

/**
 * The boot server options of a simulated DHCP answer (polycom-facts.md §7): option 66 (TFTP server
 * name, a string) and the custom option, 160 by factory default, holding the provisioning URL.
 * Stands for the DHCP INFORM answer too, which carries the same options.
 */
public record DhcpAnswer(Optional<String> option66, Optional<String> option160) {

  public static DhcpAnswer none() {
    return new DhcpAnswer(Optional.empty(), Optional.empty());
  }

  public static DhcpAnswer option66(String value) {
    return new DhcpAnswer(Optional.of(value), Optional.empty());
  }

  public static DhcpAnswer option160(String value) {
    return new DhcpAnswer(Optional.empty(), Optional.of(value));
  }
}
