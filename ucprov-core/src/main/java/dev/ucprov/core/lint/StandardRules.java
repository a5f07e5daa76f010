package dev.ucprov.core.lint;

import java.util.List;

/** The standard rule set, in the order it runs; {@link Linter} documents it as a table. */
final class StandardRules {

  private StandardRules() {}

  /** The rules about a tenant's own settings. */
  static List<TenantRule> tenant() {
    return List.of(new FactoryAccountRule(), new OpenTenantRule());
  }

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
