package dev.ucprov.template;

import dev.ucprov.core.template.RenderContext;
import dev.ucprov.core.template.TemplateRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders operator templates with Pebble. Strict variables are off, so a value a device lacks
 * renders as nothing (the {@code required} filter turns that into a failure); every {@code {{ }}}
 * output is escaped for XML attribute values unless marked {@code | raw}; templates cannot include
 * files or call Java methods, and output is capped at {@link #MAX_RENDERED_CHARS}. Templates see
 * {@code device} (absent for a file that names no device), {@code tenant} and {@code server} as
 * maps.
 *
 * <p>Thread-safe: compiled templates are shared through {@link CompiledTemplates}, keyed by the
 * SHA-256 of their source. Neither method throws for a template's own mistakes.
 */
public final class PebbleTemplateRenderer implements TemplateRenderer {

  public static final int MAX_RENDERED_CHARS = 4 * 1024 * 1024;
  public static final int DEFAULT_COMPILED = 1_000;

  private final CompiledTemplates compiled;

  /** A renderer that keeps up to {@link #DEFAULT_COMPILED} compiled templates. */
  public PebbleTemplateRenderer() {
    this(DEFAULT_COMPILED);
  }

  public PebbleTemplateRenderer(int compiledTemplates) {
    PebbleEngine engine =
        new PebbleEngine.Builder()
            .loader(new RefusingLoader())
            .cacheActive(false)
            .strictVariables(false)
            .autoEscaping(true)
            .addEscapingStrategy(XmlAttributeEscaping.NAME, new XmlAttributeEscaping())
            .defaultEscapingStrategy(XmlAttributeEscaping.NAME)
            .methodAccessValidator((object, method) -> false)
            .maxRenderedSize(MAX_RENDERED_CHARS)
            .defaultLocale(Locale.ROOT)
            .extension(new RequiredFilter.Extension())
            .build();
    this.compiled = new CompiledTemplates(engine, compiledTemplates);
  }

  @Override
  public Optional<TemplateError> check(String name, String source) {
    try {
      compiled.get(source);
      return Optional.empty();
    } catch (PebbleException e) {
      return Optional.of(error(name, e));
    } catch (RuntimeException | StackOverflowError e) {
      return Optional.of(new TemplateError(name, 0, describe(e)));
    }
  }

  @Override
  public RenderOutcome render(String name, String source, RenderContext context) {
    try {
      PebbleTemplate template = compiled.get(source);
      StringWriter out = new StringWriter();
      template.evaluate(out, values(context), Locale.ROOT);
      return new RenderOutcome.Rendered(out.toString());
    } catch (PebbleException e) {
      return new RenderOutcome.Failed(error(name, e));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return new RenderOutcome.Failed(new TemplateError(name, 0, describe(e)));
    }
  }

  /** How many compiled templates are held. */
  public int compiledTemplates() {
    return compiled.size();
  }

  static Map<String, Object> values(RenderContext context) {
    Map<String, Object> values = new HashMap<>();
    context
        .device()
        .ifPresent(device ->
            values.put(
                "device",
                Map.of(
                    "mac", device.mac(),
                    "model", device.model(),
                    "label", device.label(),
                    "variables", device.variables())));
    values.put(
        "tenant",
        Map.of(
            "id", context.tenant().id(),
            "name", context.tenant().name(),
            "variables", context.tenant().variables()));
    values.put(
        "server",
        Map.of("httpUrl", context.server().httpUrl(), "httpsUrl", context.server().httpsUrl()));
    return values;
  }

  private static TemplateError error(String name, PebbleException e) {
    Integer line = e.getLineNumber();
    String message = e.getPebbleMessage();
    if (message == null || message.isBlank()) {
      message = e.getCause() == null ? e.getClass().getSimpleName() : describe(e.getCause());
    }
    return new TemplateError(name, line == null || line < 0 ? 0 : line, message);
  }

  private static String describe(Throwable e) {
    if (e instanceof StackOverflowError) {
      return "the template nests or recurses too deeply";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
