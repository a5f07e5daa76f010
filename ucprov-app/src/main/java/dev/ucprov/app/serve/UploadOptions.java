package dev.ucprov.app.serve;

import dev.ucprov.app.config.UploadSettings;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The upload limits of {@code serve} and {@code demo}, each overriding the configuration file. */
public final class UploadOptions {

  @Option(
      names = "--upload-override-max",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Largest <MAC>-phone.cfg or -web.cfg a phone may upload (default: 256K).")
  Long overrideMax;

  @Option(
      names = "--upload-directory-max",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Largest <MAC>-directory.xml (default: 1M).")
  Long directoryMax;

  @Option(
      names = "--upload-calls-max",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Largest <MAC>-calls.xml (default: 1M).")
  Long callsMax;

  @Option(
      names = "--upload-log-max",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Largest single log upload (default: 512K).")
  Long logMax;

  @Option(
      names = "--upload-log-total",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description =
          "Log bytes kept per device, all its logs together; the oldest versions go first"
              + " (default: 4M).")
  Long logTotal;

  @Option(
      names = "--upload-versions",
      paramLabel = "N",
      converter = VersionsConverter.class,
      description = "Versions kept of each uploaded file (default: 50).")
  Integer versions;

  UploadSettings settings() {
    return new UploadSettings(
        Optional.ofNullable(overrideMax),
        Optional.ofNullable(directoryMax),
        Optional.ofNullable(callsMax),
        Optional.ofNullable(logMax),
        Optional.ofNullable(logTotal),
        Optional.ofNullable(versions));
  }

  /** Refuses a size that is not one while parsing, as a usage error. */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return UploadSettings.size(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class VersionsConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        return UploadSettings.versions(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
