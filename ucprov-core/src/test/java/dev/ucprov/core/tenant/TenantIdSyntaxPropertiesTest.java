package dev.ucprov.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** TenantId checks its syntax by hand for speed; held here to the expression that defines it. */
class TenantIdSyntaxPropertiesTest {

  private static final Pattern VALID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  @Property(tries = 3000)
  void validExactlyWhenTheExpressionMatches(@ForAll("idLike") String value) {
    boolean valid = VALID.matcher(value).matches();

    assertThat(TenantId.isValid(value)).as(value).isEqualTo(valid);
    if (valid) {
      assertThat(new TenantId(value).value()).isEqualTo(value);
    } else {
      assertThatThrownBy(() -> new TenantId(value)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Provide
  Arbitrary<String> idLike() {
    return Arbitraries.strings()
        .withChars("abcz09-A_.")
        .ofMinLength(0)
        .ofMaxLength(66)
        .edgeCases(edges -> edges.add("a".repeat(63)).add("a".repeat(64)).add("-a").add("a-"));
  }
}
