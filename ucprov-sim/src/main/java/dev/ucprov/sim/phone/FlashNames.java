package dev.ucprov.sim.phone;

/** The names a phone keeps its own files and settings under in its flash. */
final class FlashNames {

  /** The override file the keypad writes ({@code <MAC>-phone.cfg}), as last read or written. */
  static final String LOCAL_PHONE = "local:phone.cfg";

  /** The override file the web UI writes ({@code <MAC>-web.cfg}). */
  static final String LOCAL_WEB = "local:web.cfg";

  /** The local contact directory. */
  static final String LOCAL_DIRECTORY = "local:directory.xml";

  /** Setting: the application version running. */
  static final String APP_VERSION = "app.version";

  /** Setting: SHA-256 and ETag of the firmware image last seen, when no sip.ver told a version. */
  static final String FIRMWARE_SHA256 = "firmware.sha256";

  static final String FIRMWARE_ETAG = "firmware.etag";

  /** Setting: the tree path of the master config last read, for a boot from flash. */
  static final String MASTER_NAME = "master.name";

  /** The flash name of a file read from the server: where it was read from. */
  static String server(String location) {
    return "server:" + location;
  }

  private FlashNames() {}
}
