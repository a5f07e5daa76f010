package dev.ucprov.app.explain;

import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.core.effective.EffectiveParameter.ShadowedValue;
import dev.ucprov.core.effective.MissingFile;
import dev.ucprov.core.effective.NotApplied;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hand-made effective config, so rendering is tested without the resolver. */
final class SampleConfig {

  private SampleConfig() {}

  static EffectiveConfig withModel() {
    Map<String, EffectiveParameter> parameters = new LinkedHashMap<>();
    parameters.put(
        "reg.1.address",
        new EffectiveParameter(
            "reg.1.address",
            "1001",
            "0004f2aabbcc-lines.cfg",
            6,
            List.of(new ShadowedValue("", "phone1.cfg", 4))));
    parameters.put(
        "tcpIpApp.sntp.gmtOffset",
        new EffectiveParameter(
            "tcpIpApp.sntp.gmtOffset",
            "7200",
            "overrides/0004f2aabbcc-web.cfg",
            5,
            List.of(
                new ShadowedValue("3600", "0004f2aabbcc-lines.cfg", 9),
                new ShadowedValue("0", "site.cfg", 13))));
    parameters.put(
        "voIpProt.server.1.address",
        new EffectiveParameter(
            "voIpProt.server.1.address", "sip.example.net", "site.cfg", 4, List.of()));
    return new EffectiveConfig(
        MacAddress.parse("0004f2aabbcc"),
        Optional.of("VVX410"),
        Optional.of("000000000000.cfg"),
        List.of("0004f2aabbcc-lines.cfg", "site.cfg", "features.cfg"),
        parameters,
        List.of(
            new NotApplied(
                "device.sntp.serverName",
                "ntp.example.net",
                "site.cfg",
                20,
                "device.sntp.serverName.set is not \"1\"")),
        List.of(
            new MissingFile(
                "contacts/0004f2aabbcc-directory.xml",
                "contacts",
                "the phone falls back to 000000000000-directory.xml")),
        List.of(
            new ConfigProblem(
                ConfigProblem.Kind.DUPLICATE_PARAMETER,
                "site.cfg",
                22,
                7,
                "'voice.volume.persist.handsfree' is set again (first at line 18); the first value"
                    + " is kept")));
  }

  static EffectiveConfig bare() {
    return new EffectiveConfig(
        MacAddress.parse("0004f2aabbcc"),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Map.of(),
        List.of(),
        List.of(new MissingFile("000000000000.cfg", "master", "the phone boots on its cache")),
        List.of());
  }
}
