package dev.ucprov.sip.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the challenges of one authenticate header value (RFC 7235 §2.1): several may share a value,
 * separated by commas, so a token not followed by {@code =} starts the next one. Anything it cannot
 * read ends the list; it never throws, and every step consumes input, so it ends.
 */
final class ChallengeParser {

  private final String text;
  private int at;

  private ChallengeParser(String text) {
    this.text = text;
  }

  static List<AuthChallenge> parse(String headerValue) {
    return new ChallengeParser(headerValue).challenges();
  }

  private List<AuthChallenge> challenges() {
    List<AuthChallenge> challenges = new ArrayList<>();
    while (skip(" \t,") && at < text.length()) {
      String scheme = token();
      if (scheme.isEmpty()) {
        break;
      }
      challenges.add(new AuthChallenge(scheme, params()));
    }
    return challenges;
  }

  private Map<String, String> params() {
    Map<String, String> params = new LinkedHashMap<>();
    while (skip(" \t")) {
      int start = at;
      String name = token();
      skip(" \t");
      if (name.isEmpty() || at >= text.length() || text.charAt(at) != '=') {
        at = start; // the next challenge's scheme (or a token68 we have no use for)
        break;
      }
      at++;
      skip(" \t");
      String value = at < text.length() && text.charAt(at) == '"' ? quoted() : token();
      params.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
      skip(" \t");
      if (at >= text.length() || text.charAt(at) != ',') {
        break;
      }
      skip(" \t,");
    }
    return params;
  }

  /** Always true, so it can lead a loop condition. */
  private boolean skip(String characters) {
    while (at < text.length() && characters.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return true;
  }

  private String token() {
    int start = at;
    while (at < text.length() && isTokenChar(text.charAt(at))) {
      at++;
    }
    return text.substring(start, at);
  }

  private String quoted() {
    StringBuilder value = new StringBuilder();
    at++; // opening quote
    while (at < text.length() && text.charAt(at) != '"') {
      char c = text.charAt(at++);
      if (c == '\\' && at < text.length()) {
        c = text.charAt(at++);
      }
      value.append(c);
    }
    at++; // closing quote, or past the end of an unterminated one
    return value.toString();
  }

  // RFC 7230 §3.2.6 tchar: visible ASCII except the delimiters.
  private static boolean isTokenChar(char c) {
    return c > ' ' && c < 127 && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
  }
}
