package dev.ucprov.app.explain;

import dev.ucprov.app.cli.TextTable;
import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.core.effective.MissingFile;
import dev.ucprov.core.effective.NotApplied;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ucprov explain} for people: a header (phone, master, config files, missing files), then
 * one aligned row per parameter with the values it shadowed below it, then what is not applied and
 * why, then problems in the files.
 */
final class ExplainText {

  /** Wide enough for nearly every Polycom name and value; longer cells push their row right. */
  private static final int WIDTH_CAP = 48;

  private static final String SHADOWED = "  shadowed:";

  private final EffectiveConfig config;
  private final List<String> unset;

  /**
   * @param unset parameter names asked for with {@code --param} that no file sets
   */
  ExplainText(EffectiveConfig config, List<String> unset) {
    this.config = config;
    this.unset = List.copyOf(unset);
  }

  List<String> lines() {
    List<String> lines = new ArrayList<>(header());
    lines.add("");
    lines.addAll(parameters());
    if (!config.notApplied().isEmpty()) {
      lines.add("");
      lines.addAll(notApplied());
    }
    if (!unset.isEmpty()) {
      lines.add("");
      lines.add("Not set in any file (the firmware default applies): " + String.join(", ", unset));
    }
    if (!config.problems().isEmpty()) {
      lines.add("");
      lines.addAll(problems());
    }
    return lines;
  }

  private List<String> header() {
    TextTable table = new TextTable(WIDTH_CAP);
    table.row("MAC", config.mac().value() + " (" + config.mac().colonSeparated() + ")");
    table.row("Model", config.model().orElse("(not given: only generic master entries apply)"));
    table.row("Master file", config.masterFile().orElse("(none found)"));
    List<String> files = config.configFiles();
    if (files.isEmpty()) {
      table.row("Config files", "(none)");
    }
    for (int i = 0; i < files.size(); i++) {
      String note = i == 0 && files.size() > 1 ? "  (leftmost wins)" : "";
      table.row(i == 0 ? "Config files" : "", (i + 1) + ". " + files.get(i) + note);
    }
    List<MissingFile> missing = config.missingFiles();
    if (missing.isEmpty()) {
      table.row("Missing files", "(none)");
    }
    for (int i = 0; i < missing.size(); i++) {
      MissingFile m = missing.get(i);
      table.row(
          i == 0 ? "Missing files" : "", m.path() + " (" + m.role() + "): " + m.consequence());
    }
    return table.lines();
  }

  private List<String> parameters() {
    if (config.parameters().isEmpty()) {
      return List.of("Parameters: none");
    }
    TextTable table = new TextTable(WIDTH_CAP);
    table.row("PARAMETER", "VALUE", "SOURCE");
    for (EffectiveParameter p : config.parameters().values()) {
      table.row(p.name(), shown(p.value()), at(p.source(), p.line()));
      for (EffectiveParameter.ShadowedValue s : p.shadowed()) {
        table.row(SHADOWED, shown(s.value()), at(s.source(), s.line()));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("Parameters (" + config.parameters().size() + ")");
    lines.addAll(table.lines());
    return lines;
  }

  private List<String> notApplied() {
    TextTable table = new TextTable(WIDTH_CAP);
    table.row("PARAMETER", "VALUE", "SOURCE", "REASON");
    for (NotApplied n : config.notApplied()) {
      table.row(n.name(), shown(n.value()), at(n.source(), n.line()), n.reason());
    }
    List<String> lines = new ArrayList<>();
    lines.add("Not applied (" + config.notApplied().size() + ")");
    lines.addAll(table.lines());
    return lines;
  }

  private List<String> problems() {
    TextTable table = new TextTable(WIDTH_CAP);
    for (ConfigProblem p : config.problems()) {
      table.row(at(p.file(), p.line()), ExplainJson.kind(p.kind()), p.message());
    }
    List<String> lines = new ArrayList<>();
    lines.add("Problems (" + config.problems().size() + ")");
    lines.addAll(table.lines());
    return lines;
  }

  /** {@code file:line}, or the file alone when the line is unknown. */
  static String at(String file, int line) {
    return line > 0 ? file + ":" + line : file;
  }

  /**
   * A value as typed, quoted only when it would otherwise be invisible or ambiguous: empty, edged
   * with spaces, or holding a line break or other control character.
   */
  static String shown(String value) {
    boolean plain =
        !value.isEmpty()
            && value.strip().equals(value)
            && value.chars().noneMatch(Character::isISOControl)
            && !value.startsWith("\"");
    if (plain) {
      return value;
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : c);
      }
    }
    return out.append('"').toString();
  }
}
