package dev.ucprov.core.operator;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.Credentials;
import dev.ucprov.core.tenant.Network;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of operator input. Each check gives the value it accepts or the refusal naming the field,
 * so a form is checked field by field and the first problem is reported.
 */
final class Fields {

  /** A value accepted, or the refusal. */
  sealed interface Checked<T> {

    /** The accepted value; only to be read once {@link #refusal} found no refusal. */
    T value();

    record Good<T>(T value) implements Checked<T> {}

    record Bad<T>(String field, String problem) implements Checked<T> {
      @Override
      public T value() {
        throw new IllegalStateException("read the value of a refused field: " + field);
      }
    }
  }

  /** The first refusal among the checks, as an outcome of any type; empty when all are good. */
  static <R> Optional<Outcome<R>> refusal(Checked<?>... checks) {
    for (Checked<?> check : checks) {
      if (check instanceof Checked.Bad<?>(String field, String problem)) {
        return Optional.of(Outcome.invalid(field, problem));
      }
    }
    return Optional.empty();
  }

  static final int MAX_TEXT = 1024;
  static final int MAX_VARIABLE_NAME = 255;

  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
  private static final Pattern MODEL = Pattern.compile("[A-Za-z0-9_]{1,64}");

  private Fields() {}

  /** Host names in lower case, each once; RFC 1123 names, no port. */
  static Checked<List<String>> hostnames(List<String> hostnames) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int i = 0; i < hostnames.size(); i++) {
      String field = "hostnames[" + i + "]";
      String h = hostnames.get(i);
      if (h == null || h.isBlank()) {
        return new Checked.Bad<>(field, "empty host name");
      }
      String lower = h.strip().toLowerCase(Locale.ROOT);
      if (lower.length() > 253 || !allLabels(lower)) {
        return new Checked.Bad<>(
            field,
            "\""
                + shown(h)
                + "\" is not a host name (dot-separated labels of letters, digits and"
                + " inner hyphens, at most 63 each and 253 in all, no port)");
      }
      out.add(lower);
    }
    return new Checked.Good<>(new ArrayList<>(out));
  }

  /** At most this many networks a tenant: enough for any site list, bounded for lookups. */
  static final int MAX_NETWORKS = 1024;

  /** CIDR networks, each once, none inside another of the same list. */
  static Checked<List<Network>> networks(List<String> networks) {
    if (networks.size() > MAX_NETWORKS) {
      return new Checked.Bad<>("networks", "at most " + MAX_NETWORKS + " networks a tenant");
    }
    List<Network> out = new ArrayList<>();
    for (int i = 0; i < networks.size(); i++) {
      String field = "networks[" + i + "]";
      String text = networks.get(i);
      if (text == null || hasControl(text)) {
        return new Checked.Bad<>(field, "expected a network such as 10.20.0.0/16");
      }
      switch (Network.parse(text)) {
        case Network.Parsed.Invalid(String problem) -> {
          return new Checked.Bad<>(field, shown(problem));
        }
        case Network.Parsed.Valid(Network network) -> {
          for (Network earlier : out) {
            if (earlier.overlaps(network)) {
              return new Checked.Bad<>(field, network + " overlaps " + earlier + ", listed before");
            }
          }
          out.add(network);
        }
      }
    }
    return new Checked.Good<>(out);
  }

  static Checked<Map<String, String>> variables(String field, Map<String, String> variables) {
    for (Map.Entry<String, String> e : variables.entrySet()) {
      String name = e.getKey();
      if (name == null || name.isEmpty() || name.length() > MAX_VARIABLE_NAME || hasControl(name)) {
        return new Checked.Bad<>(
            field,
            "variable name \""
                + shown(String.valueOf(name))
                + "\" must be 1 to "
                + MAX_VARIABLE_NAME
                + " characters without control characters");
      }
      if (e.getValue() == null) {
        return new Checked.Bad<>(field + "." + name, "a variable needs a value (it may be empty)");
      }
    }
    return new Checked.Good<>(Map.copyOf(variables));
  }

  /**
   * @param stored the credentials stored now, whose password a {@link CredentialsForm#MASKED}
   *     password keeps
   */
  static Checked<Optional<Credentials>> credentials(
      String field, Optional<CredentialsForm> form, Optional<Credentials> stored) {
    if (form.isEmpty()) {
      return new Checked.Good<>(Optional.empty());
    }
    CredentialsForm c = form.get();
    if (c.username() == null || c.username().isEmpty() || hasControl(c.username())) {
      return new Checked.Bad<>(
          field + ".username", "a non-empty user name without control characters");
    }
    if (c.password() == null) {
      return new Checked.Bad<>(field + ".password", "a password is required (it may be empty)");
    }
    if (c.password().equals(CredentialsForm.MASKED)) {
      return stored
          .<Checked<Optional<Credentials>>>map(
              s -> new Checked.Good<>(Optional.of(new Credentials(c.username(), s.password()))))
          .orElseGet(() ->
              new Checked.Bad<>(
                  field + ".password",
                  "\"***\" is how the API hides a password and no password is stored to"
                      + " keep: send the real one"));
    }
    return new Checked.Good<>(Optional.of(new Credentials(c.username(), c.password())));
  }

  /** A short free text: absent, or at most {@link #MAX_TEXT} characters without controls. */
  static Checked<Optional<String>> text(String field, Optional<String> text) {
    if (text.isPresent() && (text.get().length() > MAX_TEXT || hasControl(text.get()))) {
      return new Checked.Bad<>(
          field, "at most " + MAX_TEXT + " characters without control characters");
    }
    return new Checked.Good<>(text);
  }

  static Checked<Optional<String>> model(Optional<String> model) {
    if (model.isPresent() && !MODEL.matcher(model.get()).matches()) {
      return new Checked.Bad<>(
          "model",
          "\""
              + shown(model.get())
              + "\" is not a model token (letters, digits and '_', as in"
              + " VVX_410)");
    }
    return new Checked.Good<>(model);
  }

  static Checked<MacAddress> mac(String mac) {
    Optional<MacAddress> parsed = MacAddress.tryParse(mac);
    if (parsed.isEmpty()) {
      return new Checked.Bad<>(
          "mac",
          "\""
              + shown(String.valueOf(mac))
              + "\" is not a MAC address (12 hex digits, optionally"
              + " in pairs separated by ':' or '-')");
    }
    if (parsed.get().isZero()) {
      return new Checked.Bad<>(
          "mac", "000000000000 names the files every phone shares, not a phone");
    }
    return new Checked.Good<>(parsed.get());
  }

  static boolean hasControl(String s) {
    return s.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
  }

  static String shown(String s) {
    return s.length() > 64 ? s.substring(0, 64) + "..." : s;
  }

  private static boolean allLabels(String host) {
    for (String label : host.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}
