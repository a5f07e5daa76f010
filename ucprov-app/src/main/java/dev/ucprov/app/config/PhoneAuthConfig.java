package dev.ucprov.app.config;

import dev.ucprov.core.abuse.AbuseLimits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Phone authentication and abuse limits as the command line and the YAML file give them, merged key
 * by key like the other settings; {@link #nonceLifetime()} and {@link #limits()} apply the
 * defaults.
 *
 * @param nonce {@code --nonce-lifetime}: how long a Digest nonce is accepted (default 5m)
 * @param sha256First {@code --digest-sha256-first}: offer Digest SHA-256 before MD5 (default false:
 *     MD5 first, which every phone firmware with Digest understands)
 * @param window {@code --abuse-window}: how far back failed logins and unknown MACs count
 * @param slowAfter {@code --abuse-slow-after}: events within the window that slow an address
 * @param refuseAfter {@code --abuse-refuse-after}: events within the window that refuse it
 * @param delay {@code --abuse-delay}: how long a slowed answer waits
 * @param penalty {@code --abuse-penalty}: how long a refused address stays refused
 */
public record PhoneAuthConfig(
    Optional<Duration> nonce,
    Optional<Boolean> sha256First,
    Optional<Duration> window,
    Optional<Integer> slowAfter,
    Optional<Integer> refuseAfter,
    Optional<Duration> delay,
    Optional<Duration> penalty) {

  /** The YAML keys, in the order the example file documents them. */
  public static final List<String> KEYS =
      List.of(
          "nonce-lifetime",
          "digest-sha256-first",
          "abuse-window",
          "abuse-slow-after",
          "abuse-refuse-after",
          "abuse-delay",
          "abuse-penalty");

  public static final Duration DEFAULT_NONCE_LIFETIME = Duration.ofMinutes(5);

  public static PhoneAuthConfig none() {
    return new PhoneAuthConfig(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** {@code base} with every setting this source gives replaced. */
  public PhoneAuthConfig over(PhoneAuthConfig base) {
    return new PhoneAuthConfig(
        nonce.or(base::nonce),
        sha256First.or(base::sha256First),
        window.or(base::window),
        slowAfter.or(base::slowAfter),
        refuseAfter.or(base::refuseAfter),
        delay.or(base::delay),
        penalty.or(base::penalty));
  }

  public Duration nonceLifetime() {
    return nonce.orElse(DEFAULT_NONCE_LIFETIME);
  }

  public boolean digestSha256First() {
    return sha256First.orElse(false);
  }

  /**
   * The abuse limits, defaults filled in.
   *
   * @throws IllegalArgumentException when they do not go together (refuse-after below slow-after)
   */
  public AbuseLimits limits() {
    AbuseLimits defaults = AbuseLimits.defaults();
    return new AbuseLimits(
        window.orElse(defaults.window()),
        slowAfter.orElse(defaults.slowAfter()),
        refuseAfter.orElse(defaults.refuseAfter()),
        delay.orElse(defaults.delay()),
        penalty.orElse(defaults.penalty()),
        defaults.maxSources());
  }

  /**
   * This config with one YAML key set.
   *
   * @throws IllegalArgumentException when the value is not one the key takes
   */
  PhoneAuthConfig set(String yamlKey, String text) {
    var n = nonce;
    var sha = sha256First;
    var w = window;
    var slow = slowAfter;
    var refuse = refuseAfter;
    var d = delay;
    var p = penalty;
    switch (yamlKey) {
      case "nonce-lifetime" -> n = Optional.of(positive(text));
      case "digest-sha256-first" -> sha = Optional.of(bool(text));
      case "abuse-window" -> w = Optional.of(positive(text));
      case "abuse-slow-after" -> slow = Optional.of(count(text));
      case "abuse-refuse-after" -> refuse = Optional.of(count(text));
      case "abuse-delay" -> d = Optional.of(DurationText.parse(text));
      case "abuse-penalty" -> p = Optional.of(DurationText.parse(text));
      default -> throw new IllegalStateException("not a phone-auth key: " + yamlKey);
    }
    return new PhoneAuthConfig(n, sha, w, slow, refuse, d, p);
  }

  static Duration positive(String text) {
    Duration d = DurationText.parse(text);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException("must be longer than zero, got \"" + text + "\"");
    }
    return d;
  }

  static int count(String text) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new IllegalArgumentException("not a count of at least 1: \"" + text + "\"");
  }

  private static boolean bool(String text) {
    return switch (text.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException("not true or false: \"" + text + "\"");
    };
  }
}
