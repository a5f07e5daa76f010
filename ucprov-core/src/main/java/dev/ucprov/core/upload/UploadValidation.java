package dev.ucprov.core.upload;

/**
 * The checks an upload passes before anything is stored, by kind: its size against {@link
 * UploadLimits}, then its content. Overrides and directories are read as hardened XML (no DTD, no
 * entities, bounded size and depth); call lists are stored as received (phones write a bare {@code
 * &} in them, polycom-facts.md §4); logs must be text. Thread-safe.
 */
public final class UploadValidation {

  private final UploadLimits limits;

  public UploadValidation(UploadLimits limits) {
    this.limits = limits;
  }

  public Verdict check(UploadName name, byte[] content) {
    long cap = limits.cap(name.kind());
    if (content.length > cap) {
      return tooLarge(name, cap);
    }
    return switch (name.kind()) {
      case OVERRIDE_PHONE, OVERRIDE_WEB -> OverrideRules.check(name, content);
      case DIRECTORY -> DirectoryRules.check(name, content);
      case CALLS -> Verdict.accepted();
      case LOG -> LogRules.check(content);
    };
  }

  /** The refusal of an upload longer than its kind's cap. */
  public Verdict.Refused tooLarge(UploadName name, long cap) {
    return new Verdict.Refused(
        413,
        name.name()
            + " is larger than the limit of "
            + cap
            + " bytes for "
            + name.kind().label()
            + " uploads");
  }
}
