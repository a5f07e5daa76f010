package dev.ucprov.app.checksync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.app.cli.MacConverter;
import dev.ucprov.core.device.MacAddress;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Which devices, exactly one way: picocli's exclusive group of {@code check-sync}. */
final class DeviceChoice {

  @Option(
      names = "--mac",
      paramLabel = "MAC",
      arity = "1..*",
      converter = MacConverter.class,
      description = "These devices (repeat it, or give several).")
  List<MacAddress> macs;

  @Option(names = "--all", description = "Every device of the tenant.")
  boolean all;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "The devices of this model (VVX_410 or VVX410).")
  String model;

  @Option(names = "--label", paramLabel = "LABEL", description = "The devices with this label.")
  String label;

  @Option(
      names = "--not-seen-since",
      paramLabel = "ISO",
      converter = InstantConverter.class,
      description = "The devices never seen, or last seen before this instant.")
  Instant notSeenSince;

  /** The selection as the API's job body. */
  void writeTo(ObjectNode body) {
    if (macs != null) {
      macs.forEach(mac -> body.withArray("macs").add(mac.value()));
    } else if (all) {
      body.put("all", true);
    } else if (model != null) {
      body.put("model", model);
    } else if (label != null) {
      body.put("label", label);
    } else {
      body.put("notSeenSince", notSeenSince.toString());
    }
  }

  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return Instant.parse(value);
      } catch (java.time.format.DateTimeParseException e) {
        throw new TypeConversionException(
            "\"" + value + "\" is not an ISO-8601 instant (2026-11-25T10:00:00Z)");
      }
    }
  }
}
