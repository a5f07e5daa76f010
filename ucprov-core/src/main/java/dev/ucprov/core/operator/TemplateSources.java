package dev.ucprov.core.operator;

import dev.ucprov.core.template.TemplateRenderer.TemplateError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The text of an uploaded template: bounded, strictly UTF-8. */
final class TemplateSources {

  private TemplateSources() {}

  /** The whole body, or empty when it is longer than {@code max} bytes. */
  static Optional<byte[]> read(InputStream body, int max) throws IOException {
    byte[] bytes = body.readNBytes(max + 1);
    if (bytes.length > max) {
      return Optional.empty();
    }
    return Optional.of(bytes);
  }

  static Outcome<String> text(byte[] source) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Outcome.Ok<>(utf8.decode(ByteBuffer.wrap(source)).toString());
    } catch (CharacterCodingException e) {
      return Outcome.invalid("body", "a template must be UTF-8 text");
    }
  }

  static String describe(TemplateError error) {
    return "the template does not compile"
        + (error.line() > 0 ? " at line " + error.line() : "")
        + ": "
        + error.message();
  }
}
