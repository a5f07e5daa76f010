package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.tenant.Tenant;
import dev.ucprov.core.tree.ProvisioningTree;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs every lint rule over a tree. Thread-safe: rules hold no state and each call builds its own
 * {@link LintContext}.
 *
 * <p>The standard rules ({@link #standard()}, listed by {@link #rules()}), whose ids are stable:
 *
 * <table>
 *   <caption>Standard lint rules</caption>
 *   <tr><th>id</th><th>severity</th><th>what it finds</th></tr>
 *   <tr><td>missing-master</td><td>error</td><td>no master config in the tree</td></tr>
 *   <tr><td>malformed-xml</td><td>error</td><td>a .cfg/.xml file that cannot be read</td></tr>
 *   <tr><td>missing-config-file</td><td>error</td><td>a CONFIG_FILES entry not in the tree</td></tr>
 *   <tr><td>master-limit-exceeded</td><td>error</td><td>a path over 255 or CONFIG_FILES over
 *       2047 characters</td></tr>
 *   <tr><td>default-admin-password</td><td>error</td><td>admin 456 or user 123</td></tr>
 *   <tr><td>default-provisioning-credentials</td><td>error</td><td>PlcmSpIp/PlcmSpIp</td></tr>
 *   <tr><td>unknown-master-attribute</td><td>warning</td><td>an attribute phones ignore</td></tr>
 *   <tr><td>unsubstituted-token</td><td>warning</td><td>a [TOKEN] phones cannot fill</td></tr>
 *   <tr><td>unusable-master-path</td><td>warning</td><td>a path above the root, the root as a
 *       file</td></tr>
 *   <tr><td>missing-firmware</td><td>warning</td><td>APP_FILE_PATH names no image in the
 *       tree</td></tr>
 *   <tr><td>web-ui-enabled</td><td>warning</td><td>httpd.cfg.enabled not "0"</td></tr>
 *   <tr><td>cleartext-secret-in-shared-file</td><td>warning</td><td>a password in a file every
 *       phone reads</td></tr>
 *   <tr><td>insecure-provisioning-transport</td><td>warning</td><td>HTTP, FTP or TFTP</td></tr>
 *   <tr><td>check-sync-always-reboots</td><td>warning</td><td>every check-sync reboots</td></tr>
 *   <tr><td>polling-period-too-short</td><td>warning</td><td>relative polling every 3600 s or
 *       less</td></tr>
 *   <tr><td>device-set-missing</td><td>warning</td><td>device.* without device.set="1"</td></tr>
 *   <tr><td>device-flag-missing</td><td>warning</td><td>device.xxx without
 *       device.xxx.set="1"</td></tr>
 *   <tr><td>overrides-directory-unset</td><td>warning</td><td>overrides land in the root</td></tr>
 *   <tr><td>contacts-directory-unset</td><td>warning</td><td>directories land in the
 *       root</td></tr>
 *   <tr><td>duplicate-parameter</td><td>warning</td><td>a parameter twice in one file</td></tr>
 *   <tr><td>invalid-parameter-name</td><td>warning</td><td>a name phones ignore</td></tr>
 *   <tr><td>log-directory-unset</td><td>info</td><td>logs land in the root</td></tr>
 *   <tr><td>polling-disabled</td><td>info</td><td>phones never poll</td></tr>
 *   <tr><td>conflicting-values</td><td>info</td><td>CONFIG_FILES disagree (leftmost
 *       wins)</td></tr>
 *   <tr><td>duplicate-config-file</td><td>info</td><td>a file listed twice in CONFIG_FILES</td></tr>
 *   <tr><td>firmware-config-mismatch</td><td>info</td><td>own firmware, shared config</td></tr>
 *   <tr><td>misc-files-obsolete</td><td>info</td><td>MISC_FILES does nothing</td></tr>
 *   <tr><td>unreachable-file</td><td>info</td><td>a .cfg no master reaches</td></tr>
 *   <tr><td>tenant-open</td><td>warning</td><td>a tenant without credentials (tenant lint
 *       only)</td></tr>
 * </table>
 */
public final class Linter {

  /** Files first (the tree itself, {@code ""}, before any), then line, rule and message. */
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::file)
          .thenComparingInt(Finding::line)
          .thenComparing(Finding::rule)
          .thenComparing(Finding::message);

  private final List<LintRule> rules;
  private final List<TenantRule> tenantRules;
  private final ConfigReader reader;

  /**
   * @param rules the rules to run on a tree
   * @param tenantRules the rules to run on a tenant's settings; every id of both lists distinct
   * @param reader reads every {@code *.cfg} and {@code *.xml} file of the tree
   */
  public Linter(List<LintRule> rules, List<TenantRule> tenantRules, ConfigReader reader) {
    Set<String> ids = new HashSet<>();
    for (RuleDescription rule :
        Stream.concat(
                rules.stream().map(LintRule::description),
                tenantRules.stream().map(TenantRule::description))
            .toList()) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("two rules share the id " + rule.id());
      }
    }
    this.rules = List.copyOf(rules);
    this.tenantRules = List.copyOf(tenantRules);
    this.reader = reader;
  }

  /** Tree rules only. */
  public Linter(List<LintRule> rules, ConfigReader reader) {
    this(rules, List.of(), reader);
  }

  /** The standard rule set, as the table above lists it. */
  public static Linter standard() {
    return new Linter(StandardRules.all(), StandardRules.tenant(), new ConfigReader());
  }

  /** What each rule checks, in the order they run: tree rules, then tenant rules. */
  public List<RuleDescription> rules() {
    return Stream.concat(
            rules.stream().map(LintRule::description),
            tenantRules.stream().map(TenantRule::description))
        .toList();
  }

  /**
   * Every finding, sorted by file, line, then rule id. A problem seen through several resolutions
   * of one master (generic and per model) gives identical findings, reported once.
   */
  public List<Finding> lint(ProvisioningTree tree) {
    LintContext context = LintContext.of(tree, reader);
    return rules.stream()
        .flatMap(rule -> rule.check(context).stream())
        .distinct()
        .sorted(ORDER)
        .toList();
  }

  /** The findings of a tenant's tree and of the tenant's own settings, sorted alike. */
  public List<Finding> lint(ProvisioningTree tree, Tenant tenant) {
    return Stream.concat(
            lint(tree).stream(), tenantRules.stream().flatMap(rule -> rule.check(tenant).stream()))
        .distinct()
        .sorted(ORDER)
        .toList();
  }
}
