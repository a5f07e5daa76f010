package dev.ucprov.core.device;

/**
 * Reads the identity out of a phone's User-Agent (polycom-facts.md §5): a token {@code
 * <family>-<model>-UA/<version>} and a token {@code Type/Application} or {@code Type/Updater}, in
 * any order, among any others.
 *
 * <p>Plain string scanning, no regular expressions: the header comes from the network, so the work
 * is linear and capped at {@link #MAX_EXAMINED} characters. Stateless and thread-safe.
 */
final class UserAgentReader {

  /** Real agents are under 200 characters; the rest of a longer header is not examined. */
  static final int MAX_EXAMINED = 1024;

  private static final int MAX_PART_LENGTH = 64;
  private static final String UA_MARK = "-UA/";
  private static final String TYPE_MARK = "Type/";

  private String family = PhoneIdentity.UNKNOWN;
  private String modelToken = PhoneIdentity.UNKNOWN;
  private String masterToken = PhoneIdentity.UNKNOWN;
  private String version = PhoneIdentity.UNKNOWN;
  private Requester requester = Requester.UNKNOWN;
  private boolean sawPhoneToken;
  private boolean sawType;

  private UserAgentReader() {}

  static PhoneIdentity read(String userAgent) {
    if (userAgent == null) {
      return PhoneIdentity.unknown();
    }
    UserAgentReader reader = new UserAgentReader();
    reader.scan(examined(userAgent));
    return new PhoneIdentity(
        reader.family, reader.modelToken, reader.masterToken, reader.version, reader.requester);
  }

  /** The part of the header to read: a token cut by the cap is dropped, not read half. */
  private static String examined(String userAgent) {
    if (userAgent.length() <= MAX_EXAMINED) {
      return userAgent;
    }
    int end = MAX_EXAMINED;
    while (end > 0 && !isSeparator(userAgent.charAt(end))) {
      end--;
    }
    return userAgent.substring(0, end);
  }

  /** Splits on whitespace and control characters, which no part of a real agent contains. */
  private void scan(String agent) {
    int start = -1;
    for (int i = 0; i <= agent.length(); i++) {
      boolean separator = i == agent.length() || isSeparator(agent.charAt(i));
      if (separator && start >= 0) {
        token(agent.substring(start, i));
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
  }

  private void token(String token) {
    if (!sawType && token.regionMatches(true, 0, TYPE_MARK, 0, TYPE_MARK.length())) {
      sawType = true;
      requester = requester(token.substring(TYPE_MARK.length()));
      return;
    }
    if (!sawPhoneToken) {
      int mark = indexOfIgnoreCase(token, UA_MARK);
      if (mark >= 0) {
        phoneToken(token.substring(0, mark), token.substring(mark + UA_MARK.length()));
      } else if (endsWithIgnoreCase(token, "-UA")) {
        phoneToken(token.substring(0, token.length() - 3), "");
      }
    }
  }

  /** {@code PolycomVVX-VVX_410} and {@code 5.9.0.9373}: family before the first dash. */
  private void phoneToken(String head, String afterMark) {
    sawPhoneToken = true;
    int dash = head.indexOf('-');
    String familyPart = dash < 0 ? head : head.substring(0, dash);
    if (isWord(familyPart, "") && Character.isLetter(familyPart.charAt(0))) {
      family = familyPart;
    }
    if (dash >= 0) {
      String model = head.substring(dash + 1);
      ModelCatalog.masterToken(model)
          .ifPresent(master -> {
            modelToken = model;
            masterToken = master;
          });
    }
    if (isWord(afterMark, "._+-")) {
      version = afterMark;
    }
  }

  private static Requester requester(String type) {
    if (type.equalsIgnoreCase("Application")) {
      return Requester.APPLICATION;
    }
    if (type.equalsIgnoreCase("Updater")) {
      return Requester.UPDATER;
    }
    return Requester.UNKNOWN;
  }

  /** Non-empty, bounded, and only ASCII letters, digits and the {@code extra} characters. */
  private static boolean isWord(String s, String extra) {
    if (s.isEmpty() || s.length() > MAX_PART_LENGTH) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alnum && extra.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfIgnoreCase(String s, String part) {
    for (int i = 0; i + part.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, part, 0, part.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean endsWithIgnoreCase(String s, String suffix) {
    int from = s.length() - suffix.length();
    return from >= 0 && s.regionMatches(true, from, suffix, 0, suffix.length());
  }

  private static boolean isSeparator(char c) {
    return c <= ' ' || Character.isWhitespace(c) || Character.isISOControl(c);
  }
}
