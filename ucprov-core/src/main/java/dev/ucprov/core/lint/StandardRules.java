package dev.ucprov.core.lint;

import java.util.List;

/**
 * The standard rule set, in the order it runs. {@link Linter#rules()} lists it for the CLI and
 * README; the ids are stable.
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
 * </table>
 */
final class StandardRules {

  private StandardRules() {}

  static List<LintRule> all() {
    return List.of(
        new MissingMasterRule(),
        new MalformedXmlRule(),
        new MissingConfigFileRule(),
        new MasterLimitRule(),
        new DefaultAdminPasswordRule(),
        new DefaultProvisioningCredentialsRule(),
        new UnknownMasterAttributeRule(),
        new UnsubstitutedTokenRule(),
        new UnusableMasterPathRule(),
        new MissingFirmwareRule(),
        new WebUiEnabledRule(),
        new CleartextSecretRule(),
        new InsecureTransportRule(),
        new CheckSyncRebootRule(),
        new PollingPeriodRule(),
        new DeviceSetMissingRule(),
        new DeviceFlagMissingRule(),
        DirectoryUnsetRule.overrides(),
        DirectoryUnsetRule.contacts(),
        ReaderProblemRule.duplicateParameter(),
        ReaderProblemRule.invalidParameterName(),
        DirectoryUnsetRule.logs(),
        new PollingDisabledRule(),
        new ConflictingValuesRule(),
        new DuplicateConfigFileRule(),
        new FirmwareConfigMismatchRule(),
        new MiscFilesRule(),
        new UnreachableFileRule());
  }
}
