package dev.ucprov.app.sim;

import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.sim.phone.BootOutcome;
import java.util.List;

/** What {@code sim boot} shows of an outcome and an effective configuration, in text and JSON. */
final class BootSummary {

  /** The parameters people look at first: registration, servers, time, polling, directory, web. */
  static final List<String> KEY_PARAMETERS =
      List.of(
          "reg.1.address",
          "reg.1.label",
          "reg.1.server.1.address",
          "voIpProt.server.1.address",
          "voIpProt.SIP.outboundProxy.address",
          "tcpIpApp.sntp.address",
          "prov.polling.enabled",
          "dir.local.readonly",
          "httpd.cfg.enabled",
          "device.prov.serverName");

  private static final int FALLBACK_COUNT = 5;

  private BootSummary() {}

  /** The key parameters that are set; when none is, the first few by name. */
  static List<EffectiveParameter> keyParameters(EffectiveConfig effective) {
    List<EffectiveParameter> keys =
        KEY_PARAMETERS.stream().flatMap(name -> effective.parameter(name).stream()).toList();
    return keys.isEmpty()
        ? effective.parameters().values().stream().limit(FALLBACK_COUNT).toList()
        : keys;
  }

  static String state(BootOutcome outcome) {
    return switch (outcome) {
      case BootOutcome.Provisioned p -> "provisioned";
      case BootOutcome.FromCache c -> "from-cache";
      case BootOutcome.Failed f -> "failed";
    };
  }

  static String reason(BootOutcome outcome) {
    return switch (outcome) {
      case BootOutcome.Provisioned p -> "";
      case BootOutcome.FromCache c -> c.reason();
      case BootOutcome.Failed f -> f.reason();
    };
  }
}
