package dev.ucprov.app.config;

import dev.ucprov.ftp.PassivePorts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The phones' FTP listener as the command line and the YAML file give it, each setting on its own
 * and merged key by key like the others.
 *
 * @param address {@code --ftp}: where it listens, or off
 * @param passivePorts {@code --ftp-passive-ports}: the ports of passive data connections
 */
public record FtpConfig(Optional<Listen> address, Optional<PassivePorts> passivePorts) {

  /** The YAML keys, in the order the example file documents them. */
  public static final List<String> KEYS = List.of("ftp", "ftp-passive-ports");

  /** Port 2121 rather than 21, which needs privileges. */
  public static final HostPort DEFAULT_ADDRESS = new HostPort("0.0.0.0", 2121);

  public static final PassivePorts DEFAULT_PASSIVE_PORTS = new PassivePorts(30000, 30099);

  /** {@code --ftp HOST:PORT} or {@code --ftp off}. */
  public sealed interface Listen {

    record Off() implements Listen {}

    record At(HostPort address) implements Listen {}

    /**
     * Reads {@code off} (or {@code false}, {@code no}: YAML reads a bare off as false) or {@code
     * HOST:PORT}.
     */
    static Listen parse(String text) {
      String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      return switch (value) {
        case "off", "false", "no" -> new Off();
        default -> new At(HostPort.parse(text));
      };
    }
  }

  /** Nothing set: what the source below says. */
  public static FtpConfig none() {
    return new FtpConfig(Optional.empty(), Optional.empty());
  }

  /** No FTP listener. */
  public static FtpConfig off() {
    return new FtpConfig(Optional.of(new Listen.Off()), Optional.empty());
  }

  /** The command line's defaults: {@code 0.0.0.0:2121}, passive ports 30000-30099. */
  public static FtpConfig defaults() {
    return new FtpConfig(
        Optional.of(new Listen.At(DEFAULT_ADDRESS)), Optional.of(DEFAULT_PASSIVE_PORTS));
  }

  /** {@code base} with every setting this source gives replaced. */
  public FtpConfig over(FtpConfig base) {
    return new FtpConfig(address.or(base::address), passivePorts.or(base::passivePorts));
  }

  /**
   * This config with one YAML key set.
   *
   * @throws IllegalArgumentException when the value is not one the key takes
   */
  FtpConfig set(String yamlKey, String text) {
    return switch (yamlKey) {
      case "ftp" -> new FtpConfig(Optional.of(Listen.parse(text)), passivePorts);
      case "ftp-passive-ports" -> new FtpConfig(address, Optional.of(PassivePorts.parse(text)));
      default -> throw new IllegalStateException("not an FTP key: " + yamlKey);
    };
  }

  /** Where the listener listens; empty when off or not set. */
  public Optional<HostPort> listener() {
    return address.flatMap(
        a -> a instanceof Listen.At at ? Optional.of(at.address()) : Optional.empty());
  }

  /** The passive ports to use: as set, else the default range. */
  public PassivePorts passive() {
    return passivePorts.orElse(DEFAULT_PASSIVE_PORTS);
  }
}
