package dev.ucprov.core.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The reader either reads a file or refuses it with a position; it never fails otherwise. */
class ConfigReaderPropertiesTest {

  private final ConfigReader reader = new ConfigReader();

  @Property(tries = 500)
  void anyBytesAreReadOrRefusedCleanly(@ForAll byte[] content) {
    assertReadOrRefused(content);
  }

  @Property(tries = 1000)
  void findsEveryParameterOfAWellFormedDocumentWhereItIs(@ForAll Random random)
      throws ConfigSyntaxException {
    RandomConfigDocument doc = RandomConfigDocument.generate(random);

    ConfigFile file = reader.read("gen.cfg", doc.text.toString().getBytes(UTF_8));

    assertThat(file.rootElement()).isEqualTo(doc.root());
    assertThat(file.parameters()).containsExactlyElementsOf(doc.parameters);
    assertThat(file.problems())
        .extracting(ConfigProblem::kind)
        .containsExactlyElementsOf(doc.problemKinds);
  }

  @Property(tries = 1000)
  void aDamagedDocumentIsReadOrRefusedCleanly(
      @ForAll Random random, @ForAll("damage") String inserted) {
    StringBuilder text = RandomConfigDocument.generate(random).text;
    int at = random.nextInt(text.length() + 1);
    int cut = Math.min(text.length(), at + random.nextInt(3));
    text.replace(at, cut, inserted);

    assertReadOrRefused(text.toString().getBytes(UTF_8));
  }

  @Provide
  Arbitrary<String> damage() {
    return Arbitraries.of(
        "", "<", ">", "\"", "'", "&", "<!--", "<![CDATA[", "<?", "\u0000", " a.b=\"1\"", "\uD83D");
  }

  private void assertReadOrRefused(byte[] content) {
    try {
      ConfigFile file = reader.read("fuzz.cfg", content);
      Statistics.collect(file.parameters().isEmpty() ? "read, no parameters" : "read, parameters");
      assertThat(file.rootElement()).isNotNull();
      assertThat(file.parameters())
          .allSatisfy(p -> {
            assertThat(ConfigReader.isValidParameterName(p.name())).isTrue();
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
          });
    } catch (ConfigSyntaxException e) {
      Statistics.collect("refused");
      assertThat(e.file()).isEqualTo("fuzz.cfg");
      assertThat(e.line()).isNotNegative();
      assertThat(e.column()).isNotNegative();
      assertThat(e.reason()).isNotBlank();
    }
  }
}
