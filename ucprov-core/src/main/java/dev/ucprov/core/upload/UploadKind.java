package dev.ucprov.core.upload;

import java.util.Locale;

/** The files a phone writes (polycom-facts.md §1 step 7 and §4). */
public enum UploadKind {
  /** {@code <MAC>-phone.cfg}: settings changed on the keypad. */
  OVERRIDE_PHONE,
  /** {@code <MAC>-web.cfg}: settings changed in the phone's web UI. */
  OVERRIDE_WEB,
  /** {@code <MAC>-directory.xml}: the local contact directory. */
  DIRECTORY,
  /** {@code <MAC>-calls.xml}: the call lists. */
  CALLS,
  /** {@code <MAC>-<anything>.log}: boot and application logs. */
  LOG;

  /** {@code override-phone}, {@code directory}...: how the API and the database name it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
