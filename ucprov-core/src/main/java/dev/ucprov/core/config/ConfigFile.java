package dev.ucprov.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A configuration file as read: every attribute of every element, in document order.
 *
 * <p>{@link #parameters()} keeps every occurrence, duplicates included, so that lint can show them;
 * {@link #values()} is what a phone takes from the file (first occurrence wins, see
 * polycom-facts.md §3).
 *
 * @param path the file's path in the tree
 * @param rootElement the name of the document element ({@code polycomConfig}, {@code APPLICATION},
 *     {@code PHONE_CONFIG}...)
 * @param parameters every attribute of every element, in document order
 * @param problems what is wrong but did not stop the read
 */
public record ConfigFile(
    String path,
    String rootElement,
    List<ConfigParameter> parameters,
    List<ConfigProblem> problems) {

  public ConfigFile {
    parameters = List.copyOf(parameters);
    problems = List.copyOf(problems);
  }

  /** The first occurrence of a parameter, which is the one that counts. */
  public Optional<ConfigParameter> first(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Name to winning parameter, in document order of first occurrence. */
  public Map<String, ConfigParameter> values() {
    Map<String, ConfigParameter> out = new LinkedHashMap<>();
    for (ConfigParameter p : parameters) {
      out.putIfAbsent(p.name(), p);
    }
    return out;
  }
}
