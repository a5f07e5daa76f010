package dev.ucprov.core.effective;

/**
 * What a real phone does about a file it cannot have (polycom-facts.md §1, §3, §4), in words for
 * the people reading {@code ucprov explain}.
 */
final class Consequence {

  private static final String CACHED_MASTER = "the phone boots from its cached configuration";
  private static final String CACHED_CONFIG =
      "a phone that cannot read one of its CONFIG_FILES uses its cached copy of all of them, so"
          + " the values shown are what the server holds, not necessarily what the phone runs";
  private static final String CACHED_OVERRIDE =
      "the phone keeps any cached copy of its local changes, which this view cannot show";

  private Consequence() {}

  static String noMaster(String macMaster, String defaultMaster) {
    return "neither " + macMaster + " nor " + defaultMaster + " is on the server; " + CACHED_MASTER;
  }

  static String unreadableMaster(String why) {
    return "cannot be read (" + why + "); " + CACHED_MASTER;
  }

  static String notAMaster(String rootElement) {
    return "root element is <"
        + rootElement
        + ">, not <APPLICATION>, so it is not a master config; "
        + CACHED_MASTER;
  }

  static String missingConfig() {
    return "not on the server; " + CACHED_CONFIG;
  }

  static String unreadableConfig(String why) {
    return "cannot be read (" + why + "); " + CACHED_CONFIG;
  }

  static String remoteConfig() {
    return "on another server: not read and not checked here, so none of its parameters are shown";
  }

  static String missingOverride() {
    return "no local changes for this phone on the server; " + CACHED_OVERRIDE;
  }

  static String unreadableOverride(String why) {
    return "cannot be read (" + why + "), so its local changes are not shown; " + CACHED_OVERRIDE;
  }

  static String remoteOverride() {
    return "OVERRIDES_DIRECTORY is on another server: not read here, so local changes made on the"
        + " phone are not shown";
  }
}
