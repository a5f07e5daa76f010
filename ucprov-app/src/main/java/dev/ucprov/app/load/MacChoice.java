package dev.ucprov.app.load;

import dev.ucprov.app.cli.InputException;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.load.PhoneMacs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --mac-prefix P} or {@code --macs FILE}: which MACs the phones have. */
final class MacChoice {

  @Option(
      names = "--mac-prefix",
      paramLabel = "P",
      description =
          "Number the phones after this prefix of hex digits: 0004f2 (the default) gives"
              + " 0004f2000001, 0004f2000002...")
  private String prefix;

  @Option(
      names = "--macs",
      paramLabel = "FILE",
      description = "Take the phones' MACs from this file, one a line (# comments).")
  private Path file;

  /** The MACs of {@code count} phones, as chosen; numbered after 0004f2 when nothing was. */
  static List<MacAddress> macs(Optional<MacChoice> choice, int count) {
    try {
      if (choice.isPresent() && choice.get().file != null) {
        Path file = choice.get().file;
        return PhoneMacs.listed(read(file), count, "--macs " + file);
      }
      String prefix = choice.map(c -> c.prefix).orElse(PhoneMacs.DEFAULT_PREFIX);
      return PhoneMacs.numbered(prefix, count);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("--macs " + file + ": cannot read it: " + e.getMessage(), e);
    }
  }
}
