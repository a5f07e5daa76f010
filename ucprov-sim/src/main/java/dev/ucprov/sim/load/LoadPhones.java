package dev.ucprov.sim.load;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.sim.phone.BootServerSetting;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.PhoneSetup;
import dev.ucprov.sim.phone.VirtualPhone;
import dev.ucprov.sim.transport.FileTransport;
import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.util.function.Function;

/**
 * The phones of a load test: one model and firmware, one boot server, one transport (so one
 * connection pool) and one config reader for all; each phone its own flash in memory, dropped with
 * the phone when its boot ends, so only the boots in flight hold memory.
 */
public final class LoadPhones implements Function<MacAddress, VirtualPhone> {

  private final BootServerSetting bootServer;
  private final FileTransport transport;
  private final String model;
  private final boolean bootLog;
  private final ConfigReader reader = new ConfigReader();
  private final EffectiveConfigResolver resolver = new EffectiveConfigResolver(reader);

  /**
   * Phones that upload both logs a boot, as a phone does.
   *
   * @param model the User-Agent model token ({@code VVX_410}, or {@code VVX410})
   */
  public LoadPhones(BootServerSetting bootServer, FileTransport transport, String model) {
    this(bootServer, transport, model, true);
  }

  /**
   * @param bootLog whether each boot uploads its boot log before its application log; off, one log
   *     upload a boot ({@link PhoneSetup#bootLog()})
   */
  public LoadPhones(
      BootServerSetting bootServer, FileTransport transport, String model, boolean bootLog) {
    this.bootServer = bootServer;
    this.transport = transport;
    this.model = model;
    this.bootLog = bootLog;
  }

  @Override
  public VirtualPhone apply(MacAddress mac) {
    PhoneProfile profile = new PhoneProfile(mac, model, PhoneProfile.DEFAULT_VERSION);
    return new VirtualPhone(
        PhoneSetup.of(profile, bootServer, transport).withBootLog(bootLog), resolver, reader);
  }

  /**
   * {@code transport} for reads; every upload answered here as stored without being sent, for a
   * server that only reads. The load test leaves the upload steps out of its counts.
   */
  public static FileTransport readOnly(FileTransport transport) {
    return new FileTransport() {
      @Override
      public Reply fetch(dev.ucprov.sim.transport.Fetch fetch) {
        return transport.fetch(fetch);
      }

      @Override
      public Reply store(URI uri, String userAgent, byte[] body) {
        return new Reply.Stored(204);
      }
    };
  }
}
