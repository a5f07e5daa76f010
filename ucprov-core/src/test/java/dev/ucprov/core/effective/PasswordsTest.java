package dev.ucprov.core.effective;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.master.Location;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  @Test
  void passwordInAUrlIsHidden() {
    assertThat(Passwords.hidden("ftp://PlcmSpIp:PlcmSpIp@files.example.org/cfg/site.cfg"))
        .isEqualTo("ftp://PlcmSpIp:***@files.example.org/cfg/site.cfg");
    assertThat(Passwords.shown(new Location.Url("https://u:p@h/x.cfg")))
        .isEqualTo("https://u:***@h/x.cfg");
  }

  @Test
  void urlsWithoutPasswordAndTreePathsAreUnchanged() {
    assertThat(Passwords.hidden("https://user@h/x.cfg")).isEqualTo("https://user@h/x.cfg");
    assertThat(Passwords.hidden("https://h:8443/a@b.cfg")).isEqualTo("https://h:8443/a@b.cfg");
    assertThat(Passwords.shown(new Location.TreePath("cfg/a:b@c.cfg"))).isEqualTo("cfg/a:b@c.cfg");
  }
}
