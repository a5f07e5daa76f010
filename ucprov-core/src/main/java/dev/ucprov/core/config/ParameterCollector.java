package dev.ucprov.core.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the parameters of one file in document order and the problems that do not stop the read:
 * invalid names (left out) and repeated names (kept, so lint can show both). Not thread-safe (one
 * per read).
 */
final class ParameterCollector {

  private static final int SHOWN_VALUE_LENGTH = 60;

  private final String path;
  private final TextPositions positions;
  private final List<ConfigParameter> parameters = new ArrayList<>();
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Map<String, ConfigParameter> firstByName = new HashMap<>();

  ParameterCollector(String path, TextPositions positions) {
    this.path = path;
    this.positions = positions;
  }

  /** One attribute whose name starts at {@code offset} in the text. */
  void add(String name, String value, int offset) {
    int line = positions.line(offset);
    int column = positions.column(offset);
    if (!ConfigReader.isValidParameterName(name)) {
      problems.add(
          new ConfigProblem(
              ConfigProblem.Kind.INVALID_PARAMETER_NAME,
              path,
              line,
              column,
              "'" + name + "' is not a valid parameter name; the phone ignores it"));
      return;
    }
    ConfigParameter parameter = new ConfigParameter(name, value, line, column);
    ConfigParameter first = firstByName.putIfAbsent(name, parameter);
    if (first != null) {
      problems.add(
          new ConfigProblem(
              ConfigProblem.Kind.DUPLICATE_PARAMETER,
              path,
              line,
              column,
              String.format(
                  "'%s' is set again to \"%s\" (first at line %d, column %d, to \"%s\");"
                      + " the first value is kept",
                  name, shown(value), first.line(), first.column(), shown(first.value()))));
    }
    parameters.add(parameter);
  }

  List<ConfigParameter> parameters() {
    return parameters;
  }

  List<ConfigProblem> problems() {
    return problems;
  }

  private static String shown(String value) {
    return value.length() > SHOWN_VALUE_LENGTH
        ? value.substring(0, SHOWN_VALUE_LENGTH) + "..."
        : value;
  }
}
