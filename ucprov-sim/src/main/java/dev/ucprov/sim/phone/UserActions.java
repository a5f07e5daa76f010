package dev.ucprov.sim.phone;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.master.Location;
import dev.ucprov.core.master.MasterAttribute;
import dev.ucprov.sim.flash.CachedFile;
import dev.ucprov.sim.flash.Flash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * What a user does on the phone, each ending in an upload (polycom-facts.md §1.7, §4; white paper,
 * "Resetting Parameters to Defaults"): the change is made on the flash first, so a refused upload
 * keeps it locally, as a real phone does. Not thread-safe: the phone holds its lock around each.
 */
final class UserActions {

  private final PhoneSetup setup;
  private final ConfigReader reader;

  UserActions(PhoneSetup setup, ConfigReader reader) {
    this.setup = setup;
    this.reader = reader;
  }

  /** The new override file, on the flash and uploaded; the tree updated to match. */
  Step changeSetting(Known known, Map<String, byte[]> tree, String name, String value) {
    if (!ConfigReader.isValidParameterName(name)) {
      throw new IllegalArgumentException("not a parameter name: '" + name + "'");
    }
    Map<String, String> settings =
        setup
            .flash()
            .file(FlashNames.LOCAL_PHONE)
            .map(f -> OverrideFile.read(reader, f.content()))
            .orElseGet(LinkedHashMap::new);
    settings.remove(name);
    settings.put(name, value);
    return writeOverride(known, tree, OverrideFile.write(settings));
  }

  Step resetLocalConfig(Known known, Map<String, byte[]> tree) {
    return writeOverride(known, tree, OverrideFile.write(Map.of()));
  }

  /** The directory with the contact added (or replacing the one of the same number), uploaded. */
  Step addContact(Known known, Contact contact) {
    List<Contact> contacts = new ArrayList<>(localDirectory(setup.flash()));
    contacts.removeIf(c -> c.number().equals(contact.number()));
    contacts.add(contact);
    byte[] body = ContactDirectory.write(contacts);
    setup.flash().store(FlashNames.LOCAL_DIRECTORY, CachedFile.of(body));
    Cycle cycle = cycle(known);
    Location at = DirectoryStep.fileIn(known.master(), setup.profile().mac().value());
    return Uploads.put(cycle, StepKind.DIRECTORY_UPLOAD, known.server().locate(at), body);
  }

  static List<Contact> localDirectory(Flash flash) {
    Optional<CachedFile> file = flash.file(FlashNames.LOCAL_DIRECTORY);
    if (file.isEmpty()) {
      return List.of();
    }
    try {
      return ContactDirectory.read(file.get().content());
    } catch (XMLStreamException e) {
      return List.of();
    }
  }

  private Step writeOverride(Known known, Map<String, byte[]> tree, byte[] body) {
    setup.flash().store(FlashNames.LOCAL_PHONE, CachedFile.of(body));
    Location at =
        known
            .master()
            .fileIn(
                MasterAttribute.OVERRIDES_DIRECTORY, setup.profile().mac().value() + "-phone.cfg");
    if (at instanceof Location.TreePath path) {
      tree.put(path.path(), body);
    }
    return Uploads.put(cycle(known), StepKind.OVERRIDE_UPLOAD, known.server().locate(at), body);
  }

  private Cycle cycle(Known known) {
    String version =
        setup.flash().setting(FlashNames.APP_VERSION).orElse(setup.profile().firmwareVersion());
    return new Cycle(
        setup.profile().mac(),
        setup.profile().userAgent(version),
        known.server(),
        setup.transport(),
        setup.flash(),
        false);
  }
}
