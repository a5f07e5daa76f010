package dev.ucprov.app.config;

import dev.ucprov.core.upload.UploadLimits;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upload limits one source (the YAML file, the command line) sets; what it leaves empty comes
 * from the source below it. Keys and options: {@code upload-override-max}, {@code
 * upload-directory-max}, {@code upload-calls-max}, {@code upload-log-max}, {@code upload-log-total}
 * (sizes: bytes, or with {@code K} or {@code M} for KiB and MiB, optionally followed by {@code B}
 * or {@code iB}) and {@code upload-versions} (a count).
 */
public record UploadSettings(
    Optional<Long> overrideMax,
    Optional<Long> directoryMax,
    Optional<Long> callsMax,
    Optional<Long> logMax,
    Optional<Long> logTotal,
    Optional<Integer> versions) {

  public static final String OVERRIDE_MAX = "upload-override-max";

  public static final String DIRECTORY_MAX = "upload-directory-max";
  public static final String CALLS_MAX = "upload-calls-max";
  public static final String LOG_MAX = "upload-log-max";
  public static final String LOG_TOTAL = "upload-log-total";
  public static final String VERSIONS = "upload-versions";

  /** Every key, in the order the example file documents them. */
  public static final List<String> KEYS =
      List.of(OVERRIDE_MAX, DIRECTORY_MAX, CALLS_MAX, LOG_MAX, LOG_TOTAL, VERSIONS);

  /** The most versions kept per file: far above any history worth keeping. */
  public static final int MAX_VERSIONS = 10_000;

  private static final Pattern SIZE = Pattern.compile("([0-9]{1,12})\\s*([km]?)(i?b)?");

  public static UploadSettings none() {
    return new UploadSettings(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * {@code base} with every limit this source sets replaced.
   *
   * @throws ConfigException when the log total ends up below the per-upload log cap
   */
  public UploadLimits over(UploadLimits base) {
    long log = logMax.orElse(base.logBytes());
    long total = logTotal.orElse(base.logTotalBytes());
    if (total < log) {
      throw new ConfigException(
          LOG_TOTAL
              + " ("
              + total
              + " bytes) must be at least "
              + LOG_MAX
              + " ("
              + log
              + " bytes): the newest log upload is always kept");
    }
    return new UploadLimits(
        overrideMax.orElse(base.overrideBytes()),
        directoryMax.orElse(base.directoryBytes()),
        callsMax.orElse(base.callsBytes()),
        log,
        total,
        versions.orElse(base.versions()));
  }

  /**
   * A size: {@code 262144}, {@code 256K}, {@code 256KiB}, {@code 1M}, {@code 1MB}; 1 byte to {@link
   * UploadLimits#MAX_BYTES}.
   */
  public static long size(String text) {
    Matcher size = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!size.matches()) {
      throw new IllegalArgumentException(
          "not a size: \"" + text + "\" (for example 262144, 256K or 1M)");
    }
    long unit =
        switch (size.group(2)) {
          case "k" -> UploadLimits.KIB;
          case "m" -> UploadLimits.MIB;
          default -> 1;
        };
    long bytes = Long.parseLong(size.group(1)) * unit;
    if (bytes < 1 || bytes > UploadLimits.MAX_BYTES) {
      throw new IllegalArgumentException(
          "\""
              + text
              + "\" is out of range: 1 byte to "
              + UploadLimits.MAX_BYTES / UploadLimits.MIB
              + "M");
    }
    return bytes;
  }

  /** A number of versions kept: 1 to {@link #MAX_VERSIONS}. */
  public static int versions(String text) {
    String value = text.strip();
    if (!value.matches("[0-9]{1,9}")
        || Integer.parseInt(value) < 1
        || Integer.parseInt(value) > MAX_VERSIONS) {
      throw new IllegalArgumentException(
          "not a number of versions from 1 to " + MAX_VERSIONS + ": \"" + text + "\"");
    }
    return Integer.parseInt(value);
  }

  /** These settings with {@code key} set from {@code text}. */
  UploadSettings with(String key, String text) {
    return switch (key) {
      case OVERRIDE_MAX ->
          new UploadSettings(
              Optional.of(size(text)), directoryMax, callsMax, logMax, logTotal, versions);
      case DIRECTORY_MAX ->
          new UploadSettings(
              overrideMax, Optional.of(size(text)), callsMax, logMax, logTotal, versions);
      case CALLS_MAX ->
          new UploadSettings(
              overrideMax, directoryMax, Optional.of(size(text)), logMax, logTotal, versions);
      case LOG_MAX ->
          new UploadSettings(
              overrideMax, directoryMax, callsMax, Optional.of(size(text)), logTotal, versions);
      case LOG_TOTAL ->
          new UploadSettings(
              overrideMax, directoryMax, callsMax, logMax, Optional.of(size(text)), versions);
      case VERSIONS ->
          new UploadSettings(
              overrideMax, directoryMax, callsMax, logMax, logTotal, Optional.of(versions(text)));
      default -> throw new IllegalStateException("not an upload key: " + key);
    };
  }

  /** Every setting of {@code above} that it sets, over these. */
  UploadSettings under(UploadSettings above) {
    return new UploadSettings(
        above.overrideMax.or(() -> overrideMax),
        above.directoryMax.or(() -> directoryMax),
        above.callsMax.or(() -> callsMax),
        above.logMax.or(() -> logMax),
        above.logTotal.or(() -> logTotal),
        above.versions.or(() -> versions));
  }
}
