package dev.ucprov.core.master;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.config.ConfigSyntaxException;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.PhoneModel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Master files written as text blocks, read through the real {@link ConfigReader}. */
final class MasterFixtures {

  static final MacAddress MAC = MacAddress.parse("00:04:F2:AA:BB:CC");
  static final PhoneModel VVX410 = new PhoneModel("VVX410", Optional.of("3111-46162-001"));
  static final PhoneModel VVX500 = new PhoneModel("VVX500", Optional.of("3111-44500-001"));
  static final PhoneModel SPIP650 = new PhoneModel("SPIP650", Optional.of("2345-12600-001"));
  static final PhoneModel VVX1500 = new PhoneModel("VVX1500", Optional.of("2345-17960-001"));

  /** A model nobody has a part number for. */
  static final PhoneModel VVX999 = new PhoneModel("VVX999", Optional.empty());

  private MasterFixtures() {}

  static MasterConfig master(String xml) {
    try {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      return MasterConfig.from(new ConfigReader().read("000000000000.cfg", bytes))
          .orElseThrow(() -> new AssertionError("not a master config:\n" + xml));
    } catch (ConfigSyntaxException e) {
      throw new AssertionError("fixture does not parse: " + e.getMessage(), e);
    }
  }

  /** A master holding only the given attributes on its root element. */
  static MasterConfig masterWith(String attributes) {
    return master("<APPLICATION " + attributes + "/>\n");
  }

  static ResolvedMaster resolve(MasterConfig master, PhoneModel model) {
    return master.resolve(MAC, Optional.of(model));
  }

  static Location.TreePath tree(String path) {
    return new Location.TreePath(path);
  }

  static Location.Url url(String url) {
    return new Location.Url(url);
  }
}
