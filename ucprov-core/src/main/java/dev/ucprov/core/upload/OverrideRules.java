package dev.ucprov.core.upload;

import java.util.Set;

/**
 * {@code <MAC>-phone.cfg} and {@code <MAC>-web.cfg} (polycom-facts.md §4): a {@code PHONE_CONFIG}
 * root holding an {@code OVERRIDES} or a {@code WEB} element. Either element is accepted in either
 * file, and the web file's leading comments are ordinary XML comments: a refused override write
 * makes the phone keep stale settings, so only what is not an override file at all is refused. An
 * empty {@code <OVERRIDES/>} is a Reset Local Config and is valid.
 */
final class OverrideRules {

  private static final String ROOT = "PHONE_CONFIG";
  private static final Set<String> HOLDERS = Set.of("OVERRIDES", "WEB");

  private OverrideRules() {}

  static Verdict check(UploadName name, byte[] content) {
    return switch (UploadXml.read(name, content)) {
      case UploadXml.Read.Refused refused -> refused.refusal();
      case UploadXml.Read.Tree tree -> structure(tree.root());
    };
  }

  private static Verdict structure(UploadXml.Element root) {
    if (!root.name().equals(ROOT)) {
      return Verdict.invalid(
          root.position()
              + "the root element is <"
              + root.name()
              + ">; an override file is <PHONE_CONFIG><OVERRIDES .../></PHONE_CONFIG>");
    }
    boolean holds = root.children().stream().anyMatch(child -> HOLDERS.contains(child.name()));
    if (!holds) {
      return Verdict.invalid(
          root.position()
              + "<PHONE_CONFIG> holds no <OVERRIDES> or <WEB> element"
              + " (a cleared override file is <PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>)");
    }
    return Verdict.accepted();
  }
}
