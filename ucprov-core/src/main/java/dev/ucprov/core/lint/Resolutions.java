package dev.ucprov.core.lint;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.device.ModelCatalog;
import dev.ucprov.core.device.PhoneModel;
import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.ResolvedMaster;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves each master the way the phones that read it would: generically, and once for every model
 * the master has per-model attributes for.
 *
 * <p>A {@code 000000000000.cfg} (or any master not named by a MAC) serves every phone, so its
 * entries holding {@code [PHONE_MAC_ADDRESS]} name a different file for each phone. They are found
 * by resolving a second time for a stand-in MAC and comparing, and kept as templates.
 */
final class Resolutions {

  /** A MAC no phone has, to tell which entries depend on the MAC. */
  private static final MacAddress STAND_IN = new MacAddress("fedcba987654");

  private static final Pattern TOKEN = Pattern.compile("\\[[A-Za-z_]+\\]");

  private final Map<String, ParsedFile> files;

  Resolutions(Map<String, ParsedFile> files) {
    this.files = files;
  }

  List<MasterReach> of(MasterFile master) {
    List<MasterReach> out = new ArrayList<>();
    out.add(resolve(master, Optional.empty(), Optional.empty()));
    for (String token : new TreeSet<>(master.config().perModel().keySet())) {
      Optional<PhoneModel> model = ModelCatalog.byToken(token);
      // A key the resolver never matches (VVX_410 for VVX410) would only repeat the generic reach.
      if (model.isPresent() && model.get().masterToken().equals(token)) {
        out.add(resolve(master, Optional.of(token), model));
      }
    }
    return out;
  }

  private MasterReach resolve(
      MasterFile master, Optional<String> token, Optional<PhoneModel> model) {
    MacAddress mac = TreeNames.masterMac(master.path()).orElse(MacAddress.ZERO);
    ResolvedMaster resolved = master.config().resolve(mac, model);
    List<Location> standIn =
        mac.isZero()
            ? master.config().resolve(STAND_IN, model).configFiles()
            : resolved.configFiles();
    List<ConfigEntry> entries = entries(resolved.configFiles(), standIn);
    List<ConfigFile> reached = reached(entries);
    List<ConfigFile> perPhone = perPhone(entries);
    Map<String, Setting> settings = new LinkedHashMap<>();
    for (ConfigFile file : reached) {
      file.values().forEach((name, p) -> settings.putIfAbsent(name, new Setting(file.path(), p)));
    }
    boolean complete =
        entries.stream()
            .allMatch(e -> e.location() instanceof Location.TreePath && readable(e.treePath()));
    return new MasterReach(master, token, resolved, entries, reached, perPhone, settings, complete);
  }

  private static List<ConfigEntry> entries(List<Location> actual, List<Location> standIn) {
    boolean aligned = actual.size() == standIn.size();
    List<ConfigEntry> out = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      String display = actual.get(i).display();
      Optional<Pattern> template = Optional.empty();
      if (aligned && !standIn.get(i).display().equals(display)) {
        template = Optional.of(template(standIn.get(i).display(), true));
      } else if (TOKEN.matcher(display).find()) {
        template = Optional.of(template(display, false));
      }
      out.add(new ConfigEntry(actual.get(i), template));
    }
    return out;
  }

  /** The tree paths a templated entry stands for: any MAC for the stand-in, anything for tokens. */
  private static Pattern template(String text, boolean macStandsIn) {
    Pattern holes = macStandsIn ? Pattern.compile(TOKEN.pattern() + "|" + STAND_IN.value()) : TOKEN;
    StringBuilder regex = new StringBuilder();
    Matcher m = holes.matcher(text);
    int from = 0;
    while (m.find()) {
      regex.append(Pattern.quote(text.substring(from, m.start())));
      regex.append(m.group().startsWith("[") ? "[^/]*" : "[0-9A-Fa-f]{12}");
      from = m.end();
    }
    regex.append(Pattern.quote(text.substring(from)));
    return Pattern.compile(regex.toString());
  }

  /** An entry that is a template or a readable file; a missing or broken one is not. */
  private boolean readable(Optional<String> treePath) {
    return treePath.map(p -> files.get(p) instanceof ParsedFile.Readable).orElse(true);
  }

  private List<ConfigFile> reached(List<ConfigEntry> entries) {
    Set<String> seen = new LinkedHashSet<>();
    List<ConfigFile> out = new ArrayList<>();
    for (ConfigEntry entry : entries) {
      entry
          .treePath()
          .filter(seen::add)
          .map(files::get)
          .ifPresent(parsed -> {
            if (parsed instanceof ParsedFile.Readable(ConfigFile file)) {
              out.add(file);
            }
          });
    }
    return out;
  }

  private List<ConfigFile> perPhone(List<ConfigEntry> entries) {
    List<ConfigFile> out = new ArrayList<>();
    for (ParsedFile parsed : files.values()) {
      if (parsed instanceof ParsedFile.Readable(ConfigFile file)
          && entries.stream().anyMatch(e -> e.matches(file.path()))) {
        out.add(file);
      }
    }
    return out;
  }
}
