package dev.ucprov.app.explain;

import dev.ucprov.app.cli.ExitCodes;
import dev.ucprov.app.cli.MacConverter;
import dev.ucprov.app.cli.OutputFormatOption;
import dev.ucprov.app.tree.DirectoryTree;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ucprov explain}: one phone's effective configuration with the source of each value. */
@Command(
    name = "explain",
    header = "Show what one phone ends up with, and which file set each value.",
    description = {
      "Lists the master file the phone reads, its config files in order, every parameter with"
          + " the file and line that set it and the values it shadowed, the device.* settings"
          + " that are not applied and why, and the files it asks for that are missing.",
      "Precedence, highest first: <MAC>-phone.cfg, <MAC>-web.cfg, then CONFIG_FILES from left"
          + " to right."
    })
public final class ExplainCommand implements Callable<Integer> {

  private final EffectiveConfigResolver resolver;

  @Spec private CommandSpec spec;

  @Option(
      names = "--tree",
      required = true,
      paramLabel = "DIR",
      description = "The provisioning directory, as the phone sees it.")
  private Path tree;

  @Option(
      names = "--mac",
      required = true,
      paramLabel = "MAC",
      converter = MacConverter.class,
      description = "The phone: 0004f2aabbcc, 00:04:F2:AA:BB:CC or 00-04-f2-aa-bb-cc.")
  private MacAddress mac;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "The phone's model (VVX410 or VVX_410), for per-model master entries.")
  private Optional<String> model = Optional.empty();

  @Option(
      names = "--param",
      paramLabel = "NAME",
      converter = ParameterPattern.Converter.class,
      description = {
        "Show only this parameter (repeatable). A trailing * selects a prefix: --param 'reg.1.*'."
      })
  private List<ParameterPattern> params = List.of();

  @Mixin private OutputFormatOption format;

  public ExplainCommand(EffectiveConfigResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  public Integer call() {
    ParameterSelection selection = new ParameterSelection(params);
    EffectiveConfig full = resolver.resolve(DirectoryTree.open(tree), mac, model);
    EffectiveConfig shown = selection.apply(full);
    PrintWriter out = spec.commandLine().getOut();
    switch (format.get()) {
      case TEXT -> new ExplainText(shown, selection.unset(shown)).lines().forEach(out::println);
      case JSON -> out.println(new ExplainJson().render(shown));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
