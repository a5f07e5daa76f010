package dev.ucprov.core.access;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a granted request was made by, as far as its proof shows. {@link #display()} is the short
 * form upload records and logs carry.
 */
public sealed interface Principal {

  /** A short, single-line description, e.g. {@code device 0004f2aabbcc (user alice)}. */
  String display();

  /** The principal of a request that presented nothing a rule needed. */
  static Principal anonymous() {
    return Anonymous.INSTANCE;
  }

  /** No proof was needed (an open tenant), or none that identified anyone was presented. */
  enum Anonymous implements Principal {
    INSTANCE;

    @Override
    public String display() {
      return "anonymous";
    }
  }

  /** The tenant's own credentials. */
  record TenantCredentials(TenantId tenant, String username) implements Principal {
    @Override
    public String display() {
      return "tenant " + tenant + " (user " + username + ")";
    }
  }

  /** The credentials of one device of the tenant. */
  record DeviceCredentials(MacAddress mac, String username) implements Principal {
    @Override
    public String display() {
      return "device " + mac + " (user " + username + ")";
    }
  }

  /**
   * A verified client certificate bearing the MACs of one or more devices.
   *
   * @param subject the certificate's subject distinguished name
   */
  record DeviceCertificate(String subject, Set<MacAddress> macs) implements Principal {
    public DeviceCertificate {
      macs = Set.copyOf(macs);
    }

    @Override
    public String display() {
      String list = macs.stream().map(MacAddress::value).sorted().collect(Collectors.joining(","));
      return "certificate " + list + " (" + subject + ")";
    }
  }
}
