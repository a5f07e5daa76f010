package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OverrideRulesTest {

  private final UploadValidation validation = new UploadValidation(UploadLimits.defaults());
  private static final UploadName PHONE = UploadName.parse("0004f2aabbcc-phone.cfg").orElseThrow();
  private static final UploadName WEB = UploadName.parse("0004f2aabbcc-web.cfg").orElseThrow();

  private Verdict check(UploadName name, String text) {
    return validation.check(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String refusal(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Refused.class);
    Verdict.Refused refused = (Verdict.Refused) verdict;
    assertThat(refused.status()).isEqualTo(400);
    return refused.message();
  }

  @Test
  void keypadOverridesAreAccepted() {
    assertThat(
            check(
                PHONE,
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<PHONE_CONFIG><OVERRIDES reg.1.displayName=\"Front desk\""
                    + " tcpIpApp.sntp.gmtOffset=\"3600\"/></PHONE_CONFIG>"))
        .isEqualTo(new Verdict.Accepted());
  }

  @Test
  void theWebVariantMayStartWithTheCommentsThePhoneAdds() {
    String web =
        "\uFEFF<!-- Application SIP 5.9.0.9373 -->\n<!-- Created 25-11-2026 10:00 -->\n"
            + "<PHONE_CONFIG>\n  <WEB httpd.cfg.enabled=\"1\" device.sntp.serverName=\"ntp\"/>\n"
            + "</PHONE_CONFIG>\n";

    assertThat(validation.check(WEB, web.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new Verdict.Accepted());
  }

  @Test
  void aResetLocalConfigIsAValidOverrideFile() {
    assertThat(check(PHONE, "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>"))
        .isEqualTo(new Verdict.Accepted());
  }

  @Test
  void eitherHolderIsAcceptedInEitherFile() {
    assertThat(check(PHONE, "<PHONE_CONFIG><WEB a.b=\"1\"/></PHONE_CONFIG>"))
        .isEqualTo(new Verdict.Accepted());
    assertThat(check(WEB, "<PHONE_CONFIG><OVERRIDES a.b=\"1\"/></PHONE_CONFIG>"))
        .isEqualTo(new Verdict.Accepted());
  }

  @Test
  void malformedXmlIsRefusedWithItsLineAndColumn() {
    String message =
        refusal(check(PHONE, "<PHONE_CONFIG>\n  <OVERRIDES a=\"1\">\n</PHONE_CONFIG>\n"));

    assertThat(message).startsWith("line 3, column 3: malformed XML: ").contains("OVERRIDES");
  }

  @Test
  void anAttributeSetTwiceIsPlacedAtItsSecondOccurrence() {
    String message =
        refusal(check(PHONE, "<PHONE_CONFIG>\n <OVERRIDES a=\"1\" a=\"2\"/></PHONE_CONFIG>"));

    assertThat(message).startsWith("line 2, column 19: malformed XML: ");
  }

  @Test
  void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
    String laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
            + "<PHONE_CONFIG><OVERRIDES a=\"&lol2;\"/></PHONE_CONFIG>";

    assertThat(refusal(check(PHONE, laughs)))
        .startsWith("line 2, column ")
        .contains("DOCTYPE is not allowed");
  }

  @Test
  void anExternalEntityIsRefused() {
    String external =
        "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<PHONE_CONFIG><OVERRIDES a=\"&xxe;\"/></PHONE_CONFIG>";

    assertThat(refusal(check(PHONE, external))).contains("DOCTYPE");
  }

  @Test
  void anotherRootIsRefusedAtTheRoot() {
    assertThat(refusal(check(PHONE, "<!-- c -->\n  <polycomConfig a=\"1\"/>")))
        .isEqualTo(
            "line 2, column 3: the root element is <polycomConfig>; an override file is"
                + " <PHONE_CONFIG><OVERRIDES .../></PHONE_CONFIG>");
  }

  @Test
  void aPhoneConfigWithoutOverridesOrWebIsRefused() {
    assertThat(refusal(check(WEB, "<PHONE_CONFIG>\n  <OTHER a=\"1\"/>\n</PHONE_CONFIG>")))
        .startsWith("line 1, column 1: <PHONE_CONFIG> holds no <OVERRIDES> or <WEB> element");
    assertThat(refusal(check(PHONE, "<PHONE_CONFIG/>"))).contains("holds no <OVERRIDES>");
  }

  @Test
  void anOverridesElementDeeperDownDoesNotCount() {
    assertThat(refusal(check(PHONE, "<PHONE_CONFIG><X><OVERRIDES/></X></PHONE_CONFIG>")))
        .contains("holds no <OVERRIDES>");
  }

  @Test
  void anEmptyFileAndNonUtf8AreRefused() {
    assertThat(refusal(check(PHONE, ""))).contains("no root element");
    byte[] latin1 =
        "<PHONE_CONFIG><OVERRIDES a=\"\u00e9\"/></PHONE_CONFIG>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(refusal(validation.check(PHONE, latin1)))
        .startsWith("line 1, column 29: not UTF-8: invalid byte 0xE9");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedWhereItGoesTooDeep() {
    String deep =
        "<PHONE_CONFIG><OVERRIDES/>"
            + "<a>".repeat(UploadXml.MAX_DEPTH)
            + "</a>".repeat(UploadXml.MAX_DEPTH)
            + "</PHONE_CONFIG>";

    assertThat(refusal(check(PHONE, deep)))
        .isEqualTo(
            "line 1, column "
                + (27 + 3 * (UploadXml.MAX_DEPTH - 1))
                + ": elements nested more than "
                + UploadXml.MAX_DEPTH
                + " deep");
  }

  @Test
  void anOverrideOverTheCapIs413() {
    UploadValidation small = new UploadValidation(new UploadLimits(41, 1, 1, 1, 1, 1));
    byte[] content =
        "<PHONE_CONFIG><OVERRIDES a=\"12345\"/></PHONE_CONFIG>".getBytes(StandardCharsets.UTF_8);

    assertThat(small.check(PHONE, content))
        .isEqualTo(
            new Verdict.Refused(
                413,
                "0004f2aabbcc-phone.cfg is larger than the limit of 41 bytes for override-phone"
                    + " uploads"));
    assertThat(small.check(PHONE, "<PHONE_CONFIG><OVERRIDES/></PHONE_CONFIG>".getBytes()))
        .isEqualTo(new Verdict.Accepted());
  }
}
