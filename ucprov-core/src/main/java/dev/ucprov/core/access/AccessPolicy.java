package dev.ucprov.core.access;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import java.util.Optional;

/**
 * Who may read or write a file of a tenant, for every protocol alike (ADR 0012). The rules, in the
 * order they apply:
 *
 * <ol>
 *   <li>A client certificate bearing MACs binds the request: files named by any other MAC are
 *       {@link Access.Denied denied}. Shared files stay reachable.
 *   <li>Such a certificate bearing the MAC of a device of the tenant is proof enough for that
 *       device's files and for the shared files.
 *   <li>A device with its own credentials: its MAC-named files only with those credentials (or the
 *       certificate above). The tenant's or another device's credentials are denied; nothing or a
 *       wrong password is challenged.
 *   <li>A tenant with credentials: every other file needs the tenant's credentials or those of one
 *       of its devices; a device's credentials never reach another MAC's files. Where the tenant
 *       enables its {@linkplain Tenant#factoryAccount() factory account}, the factory credentials
 *       count as the tenant's.
 *   <li>A tenant without credentials is open: anything else is granted, anonymously unless a
 *       password proof names a device or the tenant. A device's credentials still never reach
 *       another MAC's files.
 * </ol>
 *
 * <p>Reads and writes follow the same rules; which names accept a write (MAC-named uploads of a
 * device of the tenant) is the upload pipeline's rule, not this one's. Thread-safe; it reads
 * devices, nothing else.
 */
public final class AccessPolicy {

  private final DeviceRepository devices;

  public AccessPolicy(DeviceRepository devices) {
    this.devices = devices;
  }

  /**
   * The decision for one request.
   *
   * @param tenant the tenant the request reached
   * @param mac the MAC the requested name carries ({@link dev.ucprov.core.provisioning.MacName}),
   *     empty for a shared file
   * @param operation read or write
   * @param proof what the client presented
   */
  public Access decide(Tenant tenant, Optional<MacAddress> mac, Operation operation, Proof proof) {
    Optional<CertificateProof> certificate = proof.certificate().filter(c -> !c.macs().isEmpty());
    if (certificate.isPresent()) {
      Optional<Access> bound = byCertificate(tenant, mac, operation, certificate.get());
      if (bound.isPresent()) {
        return bound.get();
      }
    }
    Optional<PasswordProof> password = proof.password();
    Optional<Device> named = mac.flatMap(m -> deviceOf(tenant, m));
    Optional<Credentials> own = named.flatMap(Device::credentials);
    if (own.isPresent()) {
      return deviceOnly(named.get(), own.get(), password, tenant);
    }
    Identified identified = identify(tenant, password);
    if (identified.device().isPresent()
        && mac.isPresent()
        && !identified.device().get().mac().equals(mac.get())) {
      return new Access.Denied(
          identified.principal().display() + " does not reach the files of " + mac.get());
    }
    if (identified.principal() instanceof Principal.Anonymous && tenant.credentials().isPresent()) {
      return challenge(tenant, password);
    }
    return new Access.Granted(identified.principal());
  }

  /**
   * Rules 1 and 2: denied for another MAC's file, granted when the certificate bears a device of
   * the tenant, empty when passwords decide.
   */
  private Optional<Access> byCertificate(
      Tenant tenant, Optional<MacAddress> mac, Operation operation, CertificateProof certificate) {
    if (mac.isPresent() && !certificate.macs().contains(mac.get())) {
      return Optional.of(
          new Access.Denied(
              "certificate "
                  + certificate.subject()
                  + " is bound to other devices than "
                  + mac.get()
                  + " ("
                  + operation
                  + ")"));
    }
    if (bearsDeviceOf(tenant, certificate)) {
      return Optional.of(
          new Access.Granted(
              new Principal.DeviceCertificate(certificate.subject(), certificate.macs())));
    }
    return Optional.empty();
  }

  /** A MAC-named file of a device with its own credentials. */
  private Access deviceOnly(
      Device device, Credentials own, Optional<PasswordProof> password, Tenant tenant) {
    if (password.isEmpty()) {
      return new Access.Challenge(
          "device " + device.mac() + " needs its credentials", Optional.empty());
    }
    if (password.get().matches(own)) {
      return new Access.Granted(new Principal.DeviceCredentials(device.mac(), own.username()));
    }
    Identified other = identify(tenant, password);
    if (!(other.principal() instanceof Principal.Anonymous)) {
      return new Access.Denied(
          other.principal().display() + " does not reach the files of " + device.mac());
    }
    return new Access.Challenge(
        "wrong credentials for device " + device.mac(), Optional.of(password.get().username()));
  }

  private static Access challenge(Tenant tenant, Optional<PasswordProof> password) {
    return password.isEmpty()
        ? new Access.Challenge("tenant " + tenant.id() + " needs credentials", Optional.empty())
        : new Access.Challenge(
            "wrong credentials for tenant " + tenant.id(), Optional.of(password.get().username()));
  }

  /** What a password proof is, if anything: the tenant's credentials or a device's. */
  private Identified identify(Tenant tenant, Optional<PasswordProof> password) {
    if (password.isEmpty()) {
      return Identified.ANONYMOUS;
    }
    PasswordProof proof = password.get();
    if (tenant.credentials().filter(proof::matches).isPresent()
        || (tenant.factoryAccount() && proof.matches(Tenant.FACTORY_ACCOUNT))) {
      return new Identified(
          new Principal.TenantCredentials(tenant.id(), proof.username()), Optional.empty());
    }
    for (Device device : devices.findByUsername(tenant.id(), proof.username())) {
      if (device.credentials().filter(proof::matches).isPresent()) {
        return new Identified(
            new Principal.DeviceCredentials(device.mac(), proof.username()), Optional.of(device));
      }
    }
    return Identified.ANONYMOUS;
  }

  private boolean bearsDeviceOf(Tenant tenant, CertificateProof certificate) {
    return certificate.macs().stream().anyMatch(m -> deviceOf(tenant, m).isPresent());
  }

  private Optional<Device> deviceOf(Tenant tenant, MacAddress mac) {
    return devices.find(mac).filter(d -> d.tenant().equals(tenant.id()));
  }

  /** Who a password proof showed, and the device when it was a device's. */
  private record Identified(Principal principal, Optional<Device> device) {
    static final Identified ANONYMOUS = new Identified(Principal.anonymous(), Optional.empty());
  }
}
