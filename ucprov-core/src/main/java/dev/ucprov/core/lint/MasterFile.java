package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.core.master.MasterConfig;
import java.util.Map;
import java.util.Optional;

/**
 * A master config file: the parameters as read (every attribute, known or not) and the parsed
 * master.
 *
 * @param source the file as read, for attributes the master parser keeps out
 * @param config the parsed master
 */
public record MasterFile(ConfigFile source, MasterConfig config) {

  public String path() {
    return source.path();
  }

  /**
   * The attribute as written that applies to a model: its per-model one when the master has it,
   * else the generic one.
   */
  public Optional<ConfigParameter> attribute(MasterAttribute attribute, Optional<String> model) {
    Optional<ConfigParameter> own =
        model
            .map(token -> config.perModel().getOrDefault(token, Map.of()))
            .map(attributes -> attributes.get(attribute));
    return own.isPresent() ? own : Optional.ofNullable(config.generic().get(attribute));
  }

  /** Whether the model has its own value for the attribute. */
  public boolean hasOwn(MasterAttribute attribute, Optional<String> model) {
    return model
        .map(token -> config.perModel().getOrDefault(token, Map.of()).containsKey(attribute))
        .orElse(false);
  }

  /**
   * The line findings about the master as a whole point at: its first attribute, which sits on the
   * {@code APPLICATION} element; 0 when it has none.
   */
  public int anchorLine() {
    return source.parameters().isEmpty() ? 0 : source.parameters().getFirst().line();
  }
}
