package dev.ucprov.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class OutputFormatTest {

  private final OutputFormat.Converter converter = new OutputFormat.Converter();

  @Test
  void readsBothFormatsInAnyCase() {
    assertThat(converter.convert("text")).isEqualTo(OutputFormat.TEXT);
    assertThat(converter.convert("JSON")).isEqualTo(OutputFormat.JSON);
  }

  @Test
  void namesTheChoicesForAnythingElse() {
    assertThatThrownBy(() -> converter.convert("xml"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("unknown format 'xml' (expected text or json)");
  }
}
