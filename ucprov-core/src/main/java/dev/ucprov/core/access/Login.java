package dev.ucprov.core.access;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Logins} decided for the login of a protocol with sessions (FTP): the tenant the
 * session belongs to and the proof its requests carry, or a refusal. Listeners encode every case.
 */
public sealed interface Login {

  /**
   * An accepted login. Every request of the session names {@link #tenant()} and carries {@link
   * #proof()}, so the {@link AccessPolicy} decides each file as it does over HTTP.
   */
  sealed interface Accepted extends Login {

    Tenant tenant();

    Proof proof();

    /** The devices whose own (MAC-named) files the session lists; empty unless a device's. */
    List<MacAddress> devices();

    /** A short, single-line description for logs ({@code device 0004f2aabbcc (user desk)}). */
    String display();
  }

  /** The tenant's own credentials. */
  record AsTenant(Tenant tenant, String username, Proof proof) implements Accepted {
    @Override
    public List<MacAddress> devices() {
      return List.of();
    }

    @Override
    public String display() {
      return "tenant " + tenant.id() + " (user " + username + ")";
    }
  }

  /**
   * The credentials of one device of the tenant, or of several that share them.
   *
   * @param devices the devices whose credentials matched, by MAC
   */
  record AsDevice(Tenant tenant, List<MacAddress> devices, String username, Proof proof)
      implements Accepted {
    public AsDevice {
      devices = List.copyOf(devices);
    }

    @Override
    public String display() {
      return "device "
          + String.join(",", devices.stream().map(MacAddress::value).toList())
          + " (user "
          + username
          + ")";
    }
  }

  /** The Polycom factory account, which the tenant whose networks hold the source enables. */
  record AsFactoryAccount(Tenant tenant, Proof proof) implements Accepted {
    @Override
    public List<MacAddress> devices() {
      return List.of();
    }

    @Override
    public String display() {
      return "factory account of tenant " + tenant.id();
    }
  }

  /** {@code anonymous}, into the open tenant whose networks hold the source. */
  record Anonymous(Tenant tenant) implements Accepted {
    @Override
    public Proof proof() {
      return Proof.none();
    }

    @Override
    public List<MacAddress> devices() {
      return List.of();
    }

    @Override
    public String display() {
      return "anonymous in tenant " + tenant.id();
    }
  }

  /**
   * Refused (FTP 530); counted as a failed authentication.
   *
   * @param reason for the operator's log, never sent to the client
   * @param tenant the tenant the user name or the source address pointed at, for the security log
   */
  record Refused(String reason, Optional<TenantId> tenant) implements Login {}
}
