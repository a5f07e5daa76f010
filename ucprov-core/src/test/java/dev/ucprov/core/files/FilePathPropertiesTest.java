package dev.ucprov.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** FilePath's rule, checked against a plain statement of it that splits the path. */
class FilePathPropertiesTest {

  @Property(tries = 5000)
  void refusesExactlyWhatTheRuleRefuses(@ForAll("pathLike") String value) {
    assertThat(FilePath.problem(value).isPresent()).as(value).isEqualTo(refused(value));
  }

  @Test
  void namesWhatIsWrongAndWhere() {
    assertThat(FilePath.problem("a//b"))
        .contains("empty, '.' or '..' segment in file path: \"a//b\"");
    assertThat(FilePath.problem("a/../b")).get().asString().contains("'..'");
    assertThat(FilePath.problem("a\tb"))
        .contains("control character in file path at index 1: \"a\tb\"");
    assertThat(FilePath.problem("x".repeat(256)))
        .get()
        .asString()
        .startsWith("file name longer than 255");
    assertThat(FilePath.problem("site/[PHONE_MAC_ADDRESS]-lines.cfg")).isEmpty();
  }

  @Provide
  Arbitrary<String> pathLike() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("ab.").ofMaxLength(3),
            Arbitraries.strings().withChars("x").ofMinLength(250).ofMaxLength(260),
            Arbitraries.of("\\", "\t", "\u007f", "é", "[PHONE_MAC_ADDRESS]"));
    return segment.list().ofMaxSize(5).map(parts -> String.join("/", parts));
  }

  private static boolean refused(String value) {
    if (value.isEmpty() || value.length() > FilePath.MAX_LENGTH || value.startsWith("/")) {
      return true;
    }
    if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
      return true;
    }
    for (String segment : value.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return true;
      }
      if (segment.length() > FilePath.MAX_SEGMENT) {
        return true;
      }
    }
    return false;
  }
}
