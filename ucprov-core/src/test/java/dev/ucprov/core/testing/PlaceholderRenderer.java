package dev.ucprov.core.testing;

import dev.ucprov.core.template.RenderContext;
import dev.ucprov.core.template.TemplateRenderer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny {@link TemplateRenderer} for tests that cannot use the Pebble adapter: {@code {{ name }}}
 * is replaced by a value ({@code device.mac}, {@code device.model}, {@code device.label}, {@code
 * device.variables.x}, {@code tenant.id}, {@code tenant.name}, {@code tenant.variables.x}, {@code
 * server.httpUrl}, {@code server.httpsUrl}); an unknown or missing value renders empty, like Pebble
 * with strict variables off, except {@code {{ name! }}}, which fails the render when the value is
 * missing. A {@code {{} without its {@code }}} does not compile. Counts renders. Thread-safe.
 */
public final class PlaceholderRenderer implements TemplateRenderer {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)(!?)\\s*}}");

  private final AtomicInteger renders = new AtomicInteger();

  @Override
  public Optional<TemplateError> check(String name, String source) {
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String rest = PLACEHOLDER.matcher(lines[i]).replaceAll("");
      if (rest.contains("{{")) {
        return Optional.of(new TemplateError(name, i + 1, "unclosed '{{'"));
      }
    }
    return Optional.empty();
  }

  @Override
  public RenderOutcome render(String name, String source, RenderContext context) {
    renders.incrementAndGet();
    Optional<TemplateError> error = check(name, source);
    if (error.isPresent()) {
      return new RenderOutcome.Failed(error.get());
    }
    Matcher m = PLACEHOLDER.matcher(source);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Optional<String> value = value(m.group(1), context);
      if (value.isEmpty() && !m.group(2).isEmpty()) {
        int line = (int) source.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        return new RenderOutcome.Failed(
            new TemplateError(name, line, "'" + m.group(1) + "' has no value"));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value.orElse("")));
    }
    m.appendTail(out);
    return new RenderOutcome.Rendered(out.toString());
  }

  /** How many times {@link #render} ran. */
  public int renders() {
    return renders.get();
  }

  private static Optional<String> value(String name, RenderContext context) {
    String[] parts = name.split("\\.", 3);
    return switch (parts[0]) {
      case "device" ->
          context.device().flatMap(d -> field(parts, d.mac(), d.model(), d.label(), d.variables()));
      case "tenant" ->
          field(
              parts,
              context.tenant().id(),
              context.tenant().name(),
              null,
              context.tenant().variables());
      case "server" ->
          parts.length == 2 && parts[1].equals("httpUrl")
              ? Optional.of(context.server().httpUrl())
              : parts.length == 2 && parts[1].equals("httpsUrl")
                  ? Optional.of(context.server().httpsUrl())
                  : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<String> field(
      String[] parts, String first, String second, String third, Map<String, String> variables) {
    if (parts.length == 3 && parts[1].equals("variables")) {
      return Optional.ofNullable(variables.get(parts[2]));
    }
    if (parts.length != 2) {
      return Optional.empty();
    }
    return switch (parts[1]) {
      case "mac", "id" -> Optional.of(first);
      case "model", "name" -> Optional.of(second);
      case "label" -> Optional.ofNullable(third);
      default -> Optional.empty();
    };
  }
}
