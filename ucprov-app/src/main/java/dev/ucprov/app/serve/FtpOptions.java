package dev.ucprov.app.serve;

import dev.ucprov.app.config.FtpConfig;
import dev.ucprov.ftp.PassivePorts;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The FTP options of {@code serve} and {@code demo}, mixed into {@link ServerOptions}. */
public final class FtpOptions {

  @Option(
      names = "--ftp",
      paramLabel = "HOST:PORT|off",
      converter = ListenConverter.class,
      description =
          "Where phones connect over FTP, or off (default: 0.0.0.0:2121; 21 needs privileges).")
  FtpConfig.Listen address;

  @Option(
      names = "--ftp-passive-ports",
      paramLabel = "FIRST-LAST",
      converter = PassivePortsConverter.class,
      description = "The ports of FTP passive data connections (default: 30000-30099).")
  PassivePorts passivePorts;

  FtpConfig config() {
    return new FtpConfig(Optional.ofNullable(address), Optional.ofNullable(passivePorts));
  }

  public static final class ListenConverter implements ITypeConverter<FtpConfig.Listen> {
    @Override
    public FtpConfig.Listen convert(String value) {
      try {
        return FtpConfig.Listen.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage() + ", or off");
      }
    }
  }

  public static final class PassivePortsConverter implements ITypeConverter<PassivePorts> {
    @Override
    public PassivePorts convert(String value) {
      try {
        return PassivePorts.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
