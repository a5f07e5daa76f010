package dev.ucprov.core.template;

import java.util.Optional;

/**
 * Renders operator templates (Pebble syntax) for one device. Implementations cache compiled
 * templates by their source's hash and are thread-safe.
 */
public interface TemplateRenderer {

  /** Why a template source does not compile, or empty when it does; checked before storing it. */
  Optional<TemplateError> check(String name, String source);

  /** Renders a source in a context; never throws for a template's own mistakes. */
  RenderOutcome render(String name, String source, RenderContext context);

  /** A template's mistake, with the 1-based line where the engine found it (0 when unknown). */
  record TemplateError(String name, int line, String message) {}

  /** What a render produced. */
  sealed interface RenderOutcome {
    record Rendered(String text) implements RenderOutcome {}

    record Failed(TemplateError error) implements RenderOutcome {}
  }
}
