package dev.ucprov.core.access;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.inventory.Device;
import dev.ucprov.core.inventory.DeviceRepository;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tenant.TenantId;
import dev.ucprov.core.tenant.TenantRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which tenant a login of a protocol with sessions (FTP) belongs to, decided from the user name,
 * the password and the source address alone, since such a login names no tenant (ADR 0018):
 *
 * <ol>
 *   <li>the credentials of a tenant, or of devices of a tenant: that tenant; a device's login
 *       carries its password proof, so it reaches its own MAC's files and the shared ones, exactly
 *       as over HTTP;
 *   <li>the factory account ({@link Tenant#FACTORY_ACCOUNT}) counts as the credentials of the
 *       tenant whose networks hold the source address, when that tenant enables it;
 *   <li>user names may repeat across tenants: the password picks; when it still matches several
 *       tenants, the one whose networks hold the source address; else refused;
 *   <li>{@code anonymous} (any case, any password): the open tenant (no credentials) whose networks
 *       hold the source address;
 *   <li>anything else is refused and counted as a failed authentication against the source.
 * </ol>
 *
 * Thread-safe.
 */
public final class Logins {

  /** The user name of an anonymous login (RFC 1635). */
  public static final String ANONYMOUS = "anonymous";

  private final TenantRepository tenants;
  private final DeviceRepository devices;
  private final ProvisioningService service;

  /**
   * @param service counts refused logins against their source ({@link
   *     ProvisioningService#loginFailed})
   */
  public Logins(TenantRepository tenants, DeviceRepository devices, ProvisioningService service) {
    this.tenants = tenants;
    this.devices = devices;
    this.service = service;
  }

  /**
   * The decision for one login; a refusal is counted against {@code sourceAddress}.
   *
   * @param sourceAddress the client's IP address literal, without port
   */
  public Login login(String username, String password, String sourceAddress) {
    Login login =
        username.toLowerCase(Locale.ROOT).equals(ANONYMOUS)
            ? anonymous(sourceAddress)
            : withPassword(username, password, sourceAddress);
    if (login instanceof Login.Refused refused) {
      service.loginFailed(sourceAddress, refused.tenant(), username);
    }
    return login;
  }

  private Login anonymous(String source) {
    Optional<Tenant> local = tenants.findByAddress(source);
    if (local.isEmpty()) {
      return new Login.Refused("anonymous: no tenant's networks hold " + source, Optional.empty());
    }
    if (local.get().credentials().isPresent()) {
      return new Login.Refused(
          "anonymous: tenant " + local.get().id() + " of " + source + " needs credentials",
          Optional.of(local.get().id()));
    }
    return new Login.Anonymous(local.get());
  }

  private Login withPassword(String username, String password, String source) {
    PasswordProof proof = new PasswordProof(username, candidate -> same(candidate, password));
    List<Tenant> all = tenants.list();
    Map<TenantId, Login.Accepted> matched = matches(all, proof, source);
    if (matched.size() == 1) {
      return matched.values().iterator().next();
    }
    List<Login.Accepted> local =
        matched.values().stream().filter(login -> login.tenant().reaches(source)).toList();
    if (local.size() == 1) {
      return local.get(0);
    }
    if (matched.isEmpty()) {
      return new Login.Refused(
          "user "
              + username
              + ": no tenant or device has these credentials"
              + (proof.matches(Tenant.FACTORY_ACCOUNT) ? " (and no factory account here)" : ""),
          hint(all, username, source));
    }
    return new Login.Refused(
        "user "
            + username
            + ": the credentials match tenants "
            + matched.keySet().stream().map(TenantId::value).collect(Collectors.joining(", "))
            + ", and the networks of "
            + (local.isEmpty() ? "none" : "several")
            + " of them hold "
            + source,
        Optional.empty());
  }

  /**
   * Every tenant the proof reaches, with the login it makes there; a tenant's own credentials (or
   * its factory account) win over those of its devices.
   */
  private Map<TenantId, Login.Accepted> matches(
      List<Tenant> all, PasswordProof proof, String source) {
    Map<TenantId, Login.Accepted> matched = new LinkedHashMap<>();
    for (Tenant tenant : all) {
      if (tenant.credentials().filter(proof::matches).isPresent()) {
        matched.put(tenant.id(), new Login.AsTenant(tenant, proof.username(), Proof.of(proof)));
      } else if (tenant.factoryAccount()
          && proof.matches(Tenant.FACTORY_ACCOUNT)
          && tenant.reaches(source)) {
        matched.put(tenant.id(), new Login.AsFactoryAccount(tenant, Proof.of(proof)));
      }
    }
    Map<TenantId, List<MacAddress>> byDevice = new LinkedHashMap<>();
    for (Device device : devices.findAllByUsername(proof.username())) {
      if (device.credentials().filter(proof::matches).isPresent()) {
        byDevice.computeIfAbsent(device.tenant(), t -> new ArrayList<>()).add(device.mac());
      }
    }
    for (Tenant tenant : all) {
      List<MacAddress> macs = byDevice.get(tenant.id());
      if (macs != null && !matched.containsKey(tenant.id())) {
        matched.put(
            tenant.id(), new Login.AsDevice(tenant, macs, proof.username(), Proof.of(proof)));
      }
    }
    return matched;
  }

  /** The tenant a refused user name points at, else the one of the source, for the log. */
  private Optional<TenantId> hint(List<Tenant> all, String username, String source) {
    List<TenantId> named = new ArrayList<>();
    all.stream()
        .filter(
            t -> t.credentials().map(Credentials::username).filter(username::equals).isPresent())
        .forEach(t -> named.add(t.id()));
    devices.findAllByUsername(username).forEach(d -> named.add(d.tenant()));
    List<TenantId> distinct = named.stream().distinct().toList();
    if (distinct.size() == 1) {
      return Optional.of(distinct.get(0));
    }
    return all.stream().filter(t -> t.reaches(source)).map(Tenant::id).findFirst();
  }

  /** Compares in time independent of where the strings differ. */
  private static boolean same(String candidate, String presented) {
    return MessageDigest.isEqual(
        candidate.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
