package dev.ucprov.app.sim;

import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.InputException;
import dev.ucprov.app.cli.MacConverter;
import dev.ucprov.app.cli.OutputFormatOption;
import dev.ucprov.app.config.DurationText;
import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.sim.flash.DirectoryFlash;
import dev.ucprov.sim.flash.MemoryFlash;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.BootServerSetting;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.PhoneSetup;
import dev.ucprov.sim.phone.VirtualPhone;
import dev.ucprov.sim.transport.Transports;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ucprov sim boot}: one simulated phone boots from a server; its trace and configuration.
 */
@Command(
    name = "boot",
    header = "Boot one simulated phone from a provisioning server and show each step.",
    description = {
      "The phone asks for what a Polycom phone asks for, in the same order: its master"
          + " (<MAC>.cfg, else 000000000000.cfg), sip.ver and the firmware when the version"
          + " differs, CONFIG_FILES, both override files, the contact directory, the licences,"
          + " then uploads its logs. Prints each request with its status, bytes, time and cache"
          + " use, then the effective configuration the phone ends up with.",
      "Exit status 1 when the boot failed: no master from the server, a config file missing,"
          + " or a request that went wrong."
    })
public final class SimBootCommand implements Callable<Integer> {

  private final EffectiveConfigResolver resolver;
  private final Map<String, String> environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--server",
      required = true,
      paramLabel = "URL",
      description =
          "The boot server: http://, https://, tftp:// or ftp:// (user:password@ allowed); a URL ending in .cfg names the master.")
  private URI server;

  @Option(
      names = "--mac",
      required = true,
      paramLabel = "MAC",
      converter = MacConverter.class,
      description = "The phone's MAC address.")
  private MacAddress mac;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      defaultValue = PhoneProfile.DEFAULT_MODEL,
      description = "Its model, VVX_410 or VVX410 (default ${DEFAULT-VALUE}).")
  private String model;

  @Option(
      names = "--firmware",
      paramLabel = "VERSION",
      defaultValue = PhoneProfile.DEFAULT_VERSION,
      description = "The application version it runs (default ${DEFAULT-VALUE}).")
  private String firmware;

  @Option(
      names = "--flash",
      paramLabel = "DIR",
      description =
          "Keep the phone's flash in this directory between runs (default: in memory, empty).")
  private Optional<Path> flash = Optional.empty();

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "10s",
      description = "How long one request may take (default ${DEFAULT-VALUE}).")
  private String timeout;

  @Mixin private PhoneTls tls;

  @Mixin private OutputFormatOption format;

  public SimBootCommand(EffectiveConfigResolver resolver, Map<String, String> environment) {
    this.resolver = resolver;
    this.environment = Map.copyOf(environment);
  }

  @Override
  public Integer call() {
    PhoneSetup setup = setup();
    BootResult result = new VirtualPhone(setup, resolver, new ConfigReader()).boot();
    PrintWriter out = spec.commandLine().getOut();
    switch (format.get()) {
      case TEXT -> new SimBootText(result, setup.profile()).lines().forEach(out::println);
      case JSON -> out.println(new SimBootJson().render(result, setup.profile()));
    }
    out.flush();
    return result.failed() ? ExitCodes.BOOT_FAILED : ExitCodes.OK;
  }

  private PhoneSetup setup() {
    String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
    if (!java.util.Set.of("http", "https", "tftp", "ftp").contains(scheme)
        || server.getHost() == null) {
      throw new InputException(
          "--server " + server + ": expected http://, https://, tftp:// or ftp:// with a host");
    }
    PhoneProfile profile;
    Duration perRequest;
    try {
      profile = new PhoneProfile(mac, model, firmware);
      perRequest = DurationText.parse(timeout);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
    Transports transports = Transports.standard(perRequest, tls.context(environment));
    PhoneSetup setup = PhoneSetup.of(profile, new BootServerSetting.Fixed(server), transports);
    return flash
        .map(dir -> setup.withFlash(DirectoryFlash.open(dir)))
        .orElse(setup.withFlash(new MemoryFlash()));
  }
}
