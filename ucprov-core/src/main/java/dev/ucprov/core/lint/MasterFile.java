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
   * The attribute as written that applies to a model, as the resolver chooses it: the model's own
   * when it is written with a value (an empty per-model value leaves the generic one in force),
   * else the generic one. A model's own value written exactly like the generic one changes nothing,
   * so the generic one is named: findings about it are then the same for every model, and reported
   * once.
   */
  public Optional<ConfigParameter> attribute(MasterAttribute attribute, Optional<String> model) {
    Optional<ConfigParameter> generic = Optional.ofNullable(config.generic().get(attribute));
    Optional<ConfigParameter> own = own(attribute, model);
    if (own.isPresent() && generic.isPresent()) {
      String value = own.get().value().strip();
      if (value.isEmpty() || value.equals(generic.get().value().strip())) {
        return generic;
      }
    }
    return own.or(() -> generic);
  }

  /** Whether the model has its own value of the attribute, different from the generic one. */
  public boolean hasOwn(MasterAttribute attribute, Optional<String> model) {
    return own(attribute, model).isPresent()
        && own(attribute, model).equals(attribute(attribute, model));
  }

  private Optional<ConfigParameter> own(MasterAttribute attribute, Optional<String> model) {
    return model
        .map(token -> config.perModel().getOrDefault(token, Map.of()))
        .map(attributes -> attributes.get(attribute));
  }

  /**
   * The line findings about the master as a whole point at: its first attribute, which sits on the
   * {@code APPLICATION} element; 0 when it has none.
   */
  public int anchorLine() {
    return source.parameters().isEmpty() ? 0 : source.parameters().getFirst().line();
  }
}
