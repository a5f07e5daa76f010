package dev.ucprov.core.effective;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.config.ConfigParameter;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.config.ConfigWriter;
import dev.ucprov.core.tree.MapTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * For any files and parameters: the winner comes from the highest-precedence file that sets the
 * name (its first occurrence there), and no occurrence is lost or counted twice.
 */
class EffectivePrecedencePropertiesTest {

  @Property(tries = 300)
  void winnerIsFromTheHighestFileAndEveryOccurrenceIsKept(
      @ForAll @Size(min = 1, max = 4) List<@From("parameters") List<ConfigParameter>> configs,
      @ForAll("maybeParameters") Optional<List<ConfigParameter>> phone,
      @ForAll("maybeParameters") Optional<List<ConfigParameter>> web,
      @ForAll boolean repeatFirstEntry) {
    Map<String, List<ConfigParameter>> layers = new LinkedHashMap<>();
    phone.ifPresent(p -> layers.put("0004f2aabbcc-phone.cfg", p));
    web.ifPresent(p -> layers.put("0004f2aabbcc-web.cfg", p));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < configs.size(); i++) {
      names.add("c" + i + ".cfg");
      layers.put("c" + i + ".cfg", configs.get(i));
    }
    if (repeatFirstEntry) {
      names.add("c0.cfg");
    }
    Map<String, byte[]> files = new HashMap<>();
    layers.forEach((path, parameters) -> files.put(path, ConfigWriter.write(parameters)));
    files.put("000000000000.cfg", Fixtures.master(String.join(", ", names)).getBytes(UTF_8));

    EffectiveConfig config =
        new EffectiveConfigResolver(new ConfigReader())
            .resolve(MapTree.of(files), Fixtures.MAC, Optional.empty());

    Map<String, ConfigParameter> expectedWinner = new HashMap<>();
    Map<String, String> expectedSource = new HashMap<>();
    int occurrences = 0;
    for (var layer : layers.entrySet()) {
      for (ConfigParameter p : layer.getValue()) {
        occurrences++;
        if (expectedWinner.putIfAbsent(p.name(), p) == null) {
          expectedSource.put(p.name(), layer.getKey());
        }
      }
    }
    assertThat(config.parameters().keySet()).isEqualTo(expectedWinner.keySet());
    int counted = 0;
    for (EffectiveParameter p : config.parameters().values()) {
      assertThat(p.value()).isEqualTo(expectedWinner.get(p.name()).value());
      assertThat(p.source()).isEqualTo(expectedSource.get(p.name()));
      counted += 1 + p.shadowed().size();
    }
    assertThat(counted).isEqualTo(occurrences);
  }

  @Provide
  Arbitrary<List<ConfigParameter>> parameters() {
    Arbitrary<String> name =
        Arbitraries.of("a.b", "reg.1.address", "lcl.ml.lang", "x_y", "voIpProt.server.1.port");
    Arbitrary<String> value = Arbitraries.strings().alpha().numeric().ofMaxLength(4);
    return Combinators.combine(name, value).as(ConfigParameter::of).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<Optional<List<ConfigParameter>>> maybeParameters() {
    return parameters().optional();
  }
}
