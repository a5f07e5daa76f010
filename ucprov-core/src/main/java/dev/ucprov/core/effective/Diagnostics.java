package dev.ucprov.core.effective;

import dev.ucprov.core.config.ConfigFile;
import dev.ucprov.core.config.ConfigProblem;
import dev.ucprov.core.master.MasterProblem;
import dev.ucprov.core.master.ResolvedMaster;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The missing files and problems one resolution collects, in the order it meets them. */
final class Diagnostics {

  private final List<MissingFile> missingFiles = new ArrayList<>();
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Set<String> filesReported = new HashSet<>();

  void missing(String path, String role, String consequence) {
    missingFiles.add(new MissingFile(path, role, consequence));
  }

  /** The problems the reader found in a file that was read and used; once per file. */
  void problemsOf(ConfigFile file) {
    if (filesReported.add(file.path())) {
      problems.addAll(file.problems());
    }
  }

  void unreadable(FileRead.Unreadable unreadable) {
    var e = unreadable.error();
    problems.add(
        new ConfigProblem(
            ConfigProblem.Kind.UNREADABLE, e.file(), e.line(), e.column(), e.reason()));
  }

  /** A file that parsed but is not what it must be; line and column 0 mean the whole file. */
  void unreadable(String path, String reason) {
    problems.add(new ConfigProblem(ConfigProblem.Kind.UNREADABLE, path, 0, 0, reason));
  }

  void masterProblems(ResolvedMaster master) {
    for (MasterProblem p : master.problems()) {
      problems.add(
          new ConfigProblem(
              ConfigProblem.Kind.MASTER,
              master.masterPath(),
              p.line(),
              0,
              p.message().contains(p.attribute())
                  ? p.message()
                  : p.attribute() + ": " + p.message()));
    }
  }

  List<MissingFile> missingFiles() {
    return List.copyOf(missingFiles);
  }

  List<ConfigProblem> problems() {
    return List.copyOf(problems);
  }
}
