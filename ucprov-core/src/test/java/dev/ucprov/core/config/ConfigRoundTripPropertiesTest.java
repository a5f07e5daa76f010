package dev.ucprov.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What the writer writes, the reader reads back: same names, same values, same order. */
class ConfigRoundTripPropertiesTest {

  private final ConfigReader reader = new ConfigReader();

  @Property(tries = 300)
  void readingWhatWasWrittenGivesTheSameParameters(
      @ForAll("parameterLists") List<ConfigParameter> parameters) throws ConfigSyntaxException {
    ConfigFile file = reader.read("round.cfg", ConfigWriter.write(parameters));
    Statistics.collect(
        parameters.stream().map(ConfigParameter::name).distinct().count() < parameters.size()
            ? "with repeated names"
            : "without repeats");

    assertThat(file.parameters())
        .extracting(ConfigParameter::name)
        .containsExactlyElementsOf(parameters.stream().map(ConfigParameter::name).toList());
    assertThat(file.parameters())
        .extracting(ConfigParameter::value)
        .containsExactlyElementsOf(parameters.stream().map(ConfigParameter::value).toList());
    assertThat(file.problems())
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(ConfigProblem.Kind.DUPLICATE_PARAMETER));
  }

  @Provide
  Arbitrary<List<ConfigParameter>> parameterLists() {
    // Drawing from a small pool of names per list makes repeats likely.
    return names()
        .list()
        .ofMinSize(1)
        .ofMaxSize(10)
        .flatMap(pool ->
            Combinators.combine(Arbitraries.of(pool), values())
                .as(ConfigParameter::of)
                .list()
                .ofMaxSize(60));
  }

  private static Arbitrary<String> names() {
    Arbitrary<String> head =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('A', 'Z', '_')
            .ofMinLength(1)
            .ofMaxLength(1);
    Arbitrary<String> tail =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withChars('_', '-', 'X')
            .ofMaxLength(8);
    Arbitrary<String> part =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withChars('_', '-')
            .ofMinLength(1)
            .ofMaxLength(6);
    return Combinators.combine(head, tail, part.list().ofMaxSize(4))
        .as((h, t, parts) -> h + t + parts.stream().map(p -> "." + p).reduce("", String::concat))
        .filter(ConfigReader::isValidParameterName);
  }

  private static Arbitrary<String> values() {
    Arbitrary<String> special =
        Arbitraries.of(
            "&",
            "<",
            ">",
            "\"",
            "'",
            "\t",
            "\n",
            "\r",
            "\r\n",
            " ",
            "  ",
            "&amp;",
            "]]>",
            "é",
            "東京",
            "\uD83D\uDCDE",
            "\uD83D\uDE00",
            "\u00A0",
            "\u0085",
            "\u2028",
            "\uFFFD",
            "%",
            "=",
            "[PHONE_MAC_ADDRESS]");
    Arbitrary<String> plain = Arbitraries.strings().ofMaxLength(6).filter(s -> isXmlText(s));
    return Arbitraries.oneOf(special, plain).list().ofMaxSize(8).map(l -> String.join("", l));
  }

  private static boolean isXmlText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        boolean pair =
            Character.isHighSurrogate(c)
                && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1));
        if (!pair) {
          return false;
        }
        i++;
      } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff) {
        return false;
      }
    }
    return true;
  }
}
