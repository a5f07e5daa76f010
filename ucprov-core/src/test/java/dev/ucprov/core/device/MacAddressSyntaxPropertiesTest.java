package dev.ucprov.core.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * MacAddress checks its syntax by hand for speed; these properties hold it to the regular
 * expressions that define the accepted forms.
 */
class MacAddressSyntaxPropertiesTest {

  private static final Pattern CANONICAL = Pattern.compile("[0-9a-f]{12}");
  private static final Pattern ACCEPTED =
      Pattern.compile(
          "[0-9A-Fa-f]{12}"
              + "|[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}"
              + "|[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){5}");

  @Property(tries = 3000)
  void acceptsExactlyWhatTheExpressionAccepts(@ForAll("macLike") String input) {
    boolean accepted = ACCEPTED.matcher(input).matches();

    assertThat(MacAddress.tryParse(input).isPresent()).as(input).isEqualTo(accepted);
    if (accepted) {
      String canonical = input.replace(":", "").replace("-", "").toLowerCase(Locale.ROOT);
      assertThat(MacAddress.tryParse(input).orElseThrow().value()).isEqualTo(canonical);
    }
  }

  @Property(tries = 3000)
  void theCanonicalFormIsExactlyTwelveLowerCaseHexDigits(@ForAll("macLike") String value) {
    if (CANONICAL.matcher(value).matches()) {
      assertThat(new MacAddress(value).value()).isEqualTo(value);
    } else {
      assertThatThrownBy(() -> new MacAddress(value)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * Strings near the accepted forms: random ones over hex digits, separators and a few strays, and
   * well-formed ones (bare or in pairs) with at times one character replaced.
   */
  @Provide
  Arbitrary<String> macLike() {
    String alphabet = "0123456789abcdefABCDEF:-g .";
    Arbitrary<String> random = Arbitraries.strings().withChars(alphabet).ofMaxLength(18);
    Arbitrary<String> digits =
        Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofLength(12);
    Arbitrary<String> formed =
        Combinators.combine(digits, Arbitraries.of("", ":", "-"))
            .as((hex, separator) -> String.join(separator, hex.split("(?<=\\G..)")));
    Arbitrary<String> mutated =
        Combinators.combine(
                formed, Arbitraries.integers().between(0, 16), Arbitraries.chars().with(alphabet))
            .as((text, at, c) ->
                at < text.length() ? text.substring(0, at) + c + text.substring(at + 1) : text);
    return Arbitraries.oneOf(random, formed, mutated);
  }
}
