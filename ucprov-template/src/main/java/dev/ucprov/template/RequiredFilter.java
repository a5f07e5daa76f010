package dev.ucprov.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/**
 * {@code {{ device.variables.line | required }}}: the value, or a render failure when it is missing
 * or empty. Strict variables are off, so without it a missing value renders as nothing; with it the
 * device that lacks the value gets a 500 and the operator a log line, and every other device its
 * file.
 */
final class RequiredFilter implements Filter {

  /** The extension that adds the filter under the name {@code required}. */
  static final class Extension extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
      return Map.of("required", new RequiredFilter());
    }
  }

  @Override
  public List<String> getArgumentNames() {
    return List.of();
  }

  @Override
  public Object apply(
      Object input,
      Map<String, Object> args,
      PebbleTemplate self,
      EvaluationContext context,
      int lineNumber) {
    if (input == null || input.toString().isEmpty()) {
      throw new PebbleException(
          null, "a value marked 'required' is missing or empty", lineNumber, self.getName());
    }
    return input;
  }
}
