package dev.ucprov.sim.phone;

import static dev.ucprov.sim.phone.Phones.phone;
import static dev.ucprov.sim.phone.Phones.server;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.sim.flash.MemoryFlash;
import org.junit.jupiter.api.Test;

/**
 * The contact directory rule (white paper, "Configuring Your Local Contact Directory"): the shared
 * {@code 000000000000-directory.xml} only without a local directory and without the phone's own.
 */
class DirectoryRuleTest {

  private static final String SHARED =
      "<directory><item_list><item><fn>Support</fn><ct>1500</ct></item></item_list></directory>";
  private static final String OWN =
      "<directory><item_list><item><fn>Ada</fn><ct>1002</ct></item></item_list></directory>";

  @Test
  void aNewPhoneWithoutItsOwnFileTakesTheSharedOneAndKeepsIt() {
    FakeServer server = server().put("contacts/000000000000-directory.xml", SHARED);
    VirtualPhone phone = phone(server);

    phone.boot();

    assertThat(phone.localDirectory()).extracting(Contact::number).containsExactly("1500");
    assertThat(server.paths())
        .containsSubsequence(
            "GET contacts/0004f2aabbcc-directory.xml", "GET contacts/000000000000-directory.xml");
  }

  @Test
  void aPhoneWithALocalDirectoryNeverAsksForTheSharedOneAgain() {
    FakeServer server = server().put("contacts/000000000000-directory.xml", SHARED);
    MemoryFlash flash = new MemoryFlash();
    phone(server, flash).boot();
    server.put("contacts/000000000000-directory.xml", OWN);
    server.forget();

    BootResult again = phone(server, flash).boot();

    assertThat(server.paths()).doesNotContain("GET contacts/000000000000-directory.xml");
    assertThat(again.steps())
        .filteredOn(s -> s.kind() == StepKind.DIRECTORY)
        .singleElement()
        .satisfies(s -> assertThat(s.note()).isEqualTo("keeps its local directory"));
    assertThat(phone(server, flash).localDirectory())
        .extracting(Contact::number)
        .containsExactly("1500");
  }

  @Test
  void thePhonesOwnFileReplacesTheLocalDirectory() {
    FakeServer server = server().put("contacts/0004f2aabbcc-directory.xml", OWN);
    VirtualPhone phone = phone(server);

    phone.boot();

    assertThat(phone.localDirectory()).extracting(Contact::number).containsExactly("1002");
    assertThat(server.paths()).doesNotContain("GET contacts/000000000000-directory.xml");
  }

  @Test
  void checkSyncDoesNotRereadTheDirectoryUnlessItIsReadOnly() {
    FakeServer server = server().put("contacts/0004f2aabbcc-directory.xml", OWN);
    VirtualPhone phone = phone(server);
    phone.boot();
    server.forget();

    BootResult checkSync = phone.checkSync();

    assertThat(checkSync.trigger()).isEqualTo(Trigger.CHECK_SYNC);
    assertThat(server.paths()).noneMatch(p -> p.contains("directory"));
    assertThat(checkSync.steps())
        .filteredOn(s -> s.kind() == StepKind.DIRECTORY)
        .singleElement()
        .satisfies(s -> assertThat(s.result()).isEqualTo(StepResult.SKIPPED));
  }

  @Test
  void checkSyncRereadsTheDirectoryWhenItIsReadOnly() {
    FakeServer server =
        server()
            .put("contacts/0004f2aabbcc-directory.xml", OWN)
            .put("site.cfg", "<polycomConfig dir.local.readonly=\"1\"/>");
    VirtualPhone phone = phone(server);
    phone.boot();
    server.put("contacts/0004f2aabbcc-directory.xml", SHARED);
    server.forget();

    phone.checkSync();

    assertThat(server.paths()).contains("GET contacts/0004f2aabbcc-directory.xml");
    assertThat(phone.localDirectory()).extracting(Contact::number).containsExactly("1500");
  }

  @Test
  void everyTriggerButRebootAndRestartFollowsTheSameRule() {
    FakeServer server = server();
    VirtualPhone phone = phone(server);
    phone.boot();
    for (Trigger trigger : Trigger.values()) {
      server.forget();
      phone.provision(trigger);
      boolean asked = server.paths().stream().anyMatch(p -> p.contains("directory"));
      assertThat(asked).as(trigger.name()).isEqualTo(trigger.alwaysReadsDirectory());
    }
  }
}
