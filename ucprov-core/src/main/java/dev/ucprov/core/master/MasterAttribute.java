package dev.ucprov.core.master;

/** The attributes of {@code <APPLICATION>} (polycom-facts.md §2). */
public enum MasterAttribute {
  APP_FILE_PATH(false),
  /** UCS 5: the boot block image. */
  BOOTBLOCK_FILE_PATH(false),
  CONFIG_FILES(false),
  /** Historical, no effect in current software; parsed so lint can say so. */
  MISC_FILES(false),
  LOG_FILE_DIRECTORY(true),
  OVERRIDES_DIRECTORY(true),
  CONTACTS_DIRECTORY(true),
  LICENSE_DIRECTORY(true),
  USER_PROFILES_DIRECTORY(true),
  CALL_LISTS_DIRECTORY(true),
  COREFILE_DIRECTORY(true);

  private final boolean directory;

  MasterAttribute(boolean directory) {
    this.directory = directory;
  }

  /** Whether the value names a directory (empty meaning the provisioning root). */
  public boolean isDirectory() {
    return directory;
  }
}
