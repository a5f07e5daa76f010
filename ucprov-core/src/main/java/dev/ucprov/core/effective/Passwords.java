package dev.ucprov.core.effective;

import dev.ucprov.core.master.Location;
import java.util.regex.Pattern;

/**
 * Keeps passwords that a master writes into URLs ({@code ftp://user:pw@host/}) out of what this
 * package shows: explanations get pasted into tickets and chats.
 */
final class Passwords {

  private static final Pattern URL_PASSWORD =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://[^/@:]*):[^/@]*@");

  private Passwords() {}

  /** The URL with any password replaced by {@code ***}; anything else unchanged. */
  static String hidden(String text) {
    return URL_PASSWORD.matcher(text).replaceFirst("$1:***@");
  }

  static String shown(Location location) {
    return switch (location) {
      case Location.TreePath path -> path.path();
      case Location.Url url -> hidden(url.url());
    };
  }
}
