package dev.ucprov.http.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The comma-separated {@code name=value} list of an authorization header's parameters (RFC 7235
 * §2.1, RFC 7616 §3.4): a value is a token or a quoted string with backslash escapes; names are
 * case-insensitive (returned in lower case); empty list elements are allowed. Empty when the list
 * is malformed or names a parameter twice.
 */
final class AuthParams {

  private final String text;
  private int at;

  private AuthParams(String text) {
    this.text = text;
  }

  static Optional<Map<String, String>> parse(String text) {
    return new AuthParams(text).all();
  }

  private Optional<Map<String, String>> all() {
    Map<String, String> params = new HashMap<>();
    while (true) {
      skipSpacesAndCommas();
      if (at >= text.length()) {
        return Optional.of(params);
      }
      String name = token().toLowerCase(Locale.ROOT);
      skipSpaces();
      if (name.isEmpty() || !consume('=')) {
        return Optional.empty();
      }
      skipSpaces();
      Optional<String> value =
          at < text.length() && text.charAt(at) == '"' ? quoted() : nonEmpty(token());
      if (value.isEmpty() || params.putIfAbsent(name, value.get()) != null) {
        return Optional.empty();
      }
      skipSpaces();
      if (at < text.length() && text.charAt(at) != ',') {
        return Optional.empty();
      }
    }
  }

  private Optional<String> quoted() {
    StringBuilder out = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return Optional.of(out.toString());
      }
      if (c == '\\') {
        if (at >= text.length()) {
          return Optional.empty();
        }
        c = text.charAt(at++);
      }
      out.append(c);
    }
    return Optional.empty();
  }

  private String token() {
    int start = at;
    while (at < text.length() && isTokenChar(text.charAt(at))) {
      at++;
    }
    return text.substring(start, at);
  }

  private static Optional<String> nonEmpty(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private boolean consume(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void skipSpaces() {
    while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
      at++;
    }
  }

  private void skipSpacesAndCommas() {
    while (at < text.length() && " \t,".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  /** RFC 7230 tchar. */
  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
