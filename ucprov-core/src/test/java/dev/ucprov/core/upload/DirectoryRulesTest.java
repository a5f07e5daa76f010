package dev.ucprov.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryRulesTest {

  private static final UploadName DIRECTORY =
      UploadName.parse("0004f2aabbcc-directory.xml").orElseThrow();

  private final UploadValidation validation = new UploadValidation(UploadLimits.defaults());

  private Verdict check(String text) {
    return validation.check(DIRECTORY, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A directory whose second item is {@code item}, on line 4 (the first item is line 3). */
  private static String withItem(String item) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<directory><item_list>\n"
        + "<item><fn>Alice</fn><ct>1001</ct></item>\n"
        + item
        + "\n</item_list></directory>\n";
  }

  private static String refusal(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Refused.class);
    Verdict.Refused refused = (Verdict.Refused) verdict;
    assertThat(refused.status()).isEqualTo(400);
    return refused.message();
  }

  @Test
  void aDirectoryWithEveryFieldInAnyOrderIsAccepted() {
    String directory =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<directory>\r\n <item_list>\r\n"
            + "  <item><ln>Durand</ln><fn>Zoë</fn><ct>sip:zoe@example.net</ct><sd>9999</sd>"
            + "<rt>21</rt><dc/><ad>0</ad><ar>1</ar><bw>1</bw><bb>0</bb><lb>Zoë D</lb><pt>SIP</pt>"
            + "</item>\r\n"
            + "  <item><ct>1002</ct><sd>1</sd><rt>1</rt><fn>"
            + "漢".repeat(13)
            + "a</fn><ln>"
            + "a".repeat(40)
            + "</ln></item>\r\n"
            + "  <item><ct> 1003 </ct><sd></sd><rt/><ad/><fn/></item>\r\n"
            + " </item_list>\r\n</directory>\r\n";

    assertThat(check(directory)).isEqualTo(new Verdict.Accepted());
  }

  @Test
  void anEmptyItemListIsAnEmptyDirectory() {
    assertThat(check("<directory><item_list/></directory>")).isEqualTo(new Verdict.Accepted());
  }

  @Test
  void anItemWithoutCtIsRefusedAtTheItem() {
    assertThat(refusal(check(withItem("  <item><fn>Bob</fn></item>"))))
        .isEqualTo(
            "line 4, column 3: item 2 has no <ct> (the contact's number or SIP URI),"
                + " which every item needs");
  }

  @Test
  void aBlankCtIsRefusedAtTheCt() {
    assertThat(refusal(check(withItem("<item><fn>Bob</fn><ct>  </ct></item>"))))
        .startsWith("line 4, column 19: item 2 has no <ct>");
  }

  @Test
  void aRepeatedCtNamesBothItems() {
    assertThat(refusal(check(withItem("<item>\n  <ct>1001</ct></item>"))))
        .isEqualTo(
            "line 5, column 3: item 2 repeats the <ct> \"1001\" of item 1 (line 3);"
                + " each contact number appears once");
  }

  @ParameterizedTest
  @CsvSource({
    "sd, 0, speed dial, 1 to 9999",
    "sd, 10000, speed dial, 1 to 9999",
    "sd, -1, speed dial, 1 to 9999",
    "sd, 1a, speed dial, 1 to 9999",
    "sd, 99999999999, speed dial, 1 to 9999",
    "rt, 0, ring type, 1 to 21",
    "rt, 22, ring type, 1 to 21",
    "ad, 2, flag, 0 or 1",
    "ar, yes, flag, 0 or 1",
    "bw, -0, flag, 0 or 1",
    "bb, 11, flag, 0 or 1",
  })
  void numbersOutOfRangeAreRefusedAtTheField(
      String field, String value, String meaning, String range) {
    String item = "<item><ct>2000</ct><" + field + ">" + value + "</" + field + "></item>";

    assertThat(refusal(check(withItem(item))))
        .isEqualTo(
            "line 4, column 20: item 2 <"
                + field
                + "> ("
                + meaning
                + ") is \""
                + value
                + "\"; it must be "
                + range);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sd>1</sd", "sd>9999</sd", "rt>21</rt", "ad>1</ad", "bb>0</bb"})
  void boundsAreAccepted(String field) {
    assertThat(check(withItem("<item><ct>2000</ct><" + field + "></item>")))
        .isEqualTo(new Verdict.Accepted());
  }

  @Test
  void aNameOver40BytesOfUtf8IsRefusedCountingBytesNotCharacters() {
    String item = "<item><ct>2000</ct><fn>" + "é".repeat(21) + "</fn></item>";

    assertThat(refusal(check(withItem(item))))
        .isEqualTo("line 4, column 20: item 2 <fn> is 42 bytes of UTF-8; a name is at most 40");
    assertThat(refusal(check(withItem("<item><ln>" + "x".repeat(41) + "</ln><ct>2</ct></item>"))))
        .startsWith("line 4, column 7: item 2 <ln> is 41 bytes");
  }

  @Test
  void aFieldTwiceInOneItemIsRefused() {
    assertThat(refusal(check(withItem("<item><ct>2</ct><sd>1</sd><sd>2</sd></item>"))))
        .isEqualTo("line 4, column 27: item 2 has <sd> twice");
  }

  @Test
  void theShapeAroundTheItemsIsChecked() {
    assertThat(refusal(check("<contacts/>")))
        .startsWith(
            "line 1, column 1: the root element is"
                + " <contacts>; a contact directory is <directory><item_list><item>");
    assertThat(refusal(check("<directory>\n<items/></directory>")))
        .isEqualTo("line 1, column 1: <directory> holds no <item_list>");
    assertThat(refusal(check("<directory><item_list/>\n<item_list/></directory>")))
        .isEqualTo("line 2, column 1: a second <item_list>; a directory has only one");
    assertThat(refusal(check(withItem("<contact><ct>2</ct></contact>"))))
        .isEqualTo("line 4, column 1: <item_list> holds only <item> elements, not <contact>");
  }

  @Test
  void malformedXmlAndEntitiesAreRefusedWithTheirPosition() {
    assertThat(refusal(check(withItem("<item><ct>2 & 3</ct></item>"))))
        .startsWith("line 4, column ")
        .contains("malformed XML");
    assertThat(refusal(check("<!DOCTYPE d SYSTEM \"http://example.net/d.dtd\"><directory/>")))
        .contains("DOCTYPE");
  }

  @Test
  void aDirectoryOverTheCapIs413() {
    UploadValidation small = new UploadValidation(new UploadLimits(1, 30, 1, 1, 1, 1));
    byte[] content = "<directory><item_list/></directory>".getBytes(StandardCharsets.UTF_8);

    assertThat(small.check(DIRECTORY, content))
        .isInstanceOfSatisfying(
            Verdict.Refused.class, refused -> assertThat(refused.status()).isEqualTo(413));
  }
}
