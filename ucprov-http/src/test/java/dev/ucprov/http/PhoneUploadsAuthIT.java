package dev.ucprov.http;

import static dev.ucprov.http.AdminApiIT.json;
import static dev.ucprov.http.PhoneAuthIT.curl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.http.tls.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads under the access policy, with curl as the phone (Basic and Digest): tenant {@code acme}
 * needs boss/tenant-pw, its device 0004f2000001 has alice/a1 of its own, 0004f2000002 none.
 */
class PhoneUploadsAuthIT {

  private static final String OVERRIDE = "<PHONE_CONFIG><OVERRIDES a.b=\"1\"/></PHONE_CONFIG>";

  @TempDir Path temp;

  private World world;
  private Path body;

  @BeforeEach
  void start() throws Exception {
    world = new World();
    world.tenant("acme", "boss", "tenant-pw");
    world.device("acme", "0004f2000001", "alice", "a1");
    world.device("acme", "0004f2000002");
    body = Files.writeString(temp.resolve("phone.cfg"), OVERRIDE);
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  private ExternalTool.Result put(String path, String... auth) {
    String[] args = new String[auth.length + 3];
    System.arraycopy(auth, 0, args, 0, auth.length);
    args[auth.length] = "-T";
    args[auth.length + 1] = body.toString();
    args[auth.length + 2] = world.servers.phoneUri().resolve(path).toString();
    return curl(args);
  }

  private static String status(ExternalTool.Result result) {
    return result.out().substring(result.out().lastIndexOf('\n') + 1);
  }

  private JsonNode versions(String mac) throws IOException {
    return json(
        world.admin(
            "GET",
            "/api/v1/tenants/acme/devices/" + mac + "/uploads/" + mac + "-phone.cfg/versions",
            null));
  }

  @Test
  void withoutCredentialsAPutIsChallengedLikeAReadAndNothingIsStored() throws IOException {
    ExternalTool.Result refused = put("/acme/0004f2000001-phone.cfg");

    assertThat(status(refused)).isEqualTo("401");
    assertThat(refused.err())
        .contains("WWW-Authenticate: Digest realm=\"acme\"")
        .contains("WWW-Authenticate: Basic realm=\"acme\"");
    assertThat(
            world
                .phone(
                    "HEAD",
                    "/acme/0004f2000001-phone.cfg",
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("alice:a1".getBytes(StandardCharsets.UTF_8)))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aDeviceWritesItsOwnFilesWithDigestAndTheVersionNamesIt() throws IOException {
    ExternalTool.Result stored =
        put("/acme/overrides/0004f2000001-phone.cfg", "--digest", "-u", "alice:a1");

    assertThat(status(stored)).isEqualTo("201");
    assertThat(stored.err()).contains("Authorization: Digest");
    JsonNode version = versions("0004f2000001").get(0);
    assertThat(version.get("credential").asText()).isEqualTo("device 0004f2000001 (user alice)");
    assertThat(
            status(
                curl(
                    "--digest",
                    "-u",
                    "alice:a1",
                    world.servers.phoneUri().resolve("/acme/0004f2000001-phone.cfg").toString())))
        .isEqualTo("200");
  }

  @Test
  void credentialsReachOnlyWhatTheyMayWrite() throws IOException {
    assertThat(status(put("/acme/0004f2000001-phone.cfg", "--basic", "-u", "boss:tenant-pw")))
        .isEqualTo("403");
    assertThat(status(put("/acme/0004f2000002-phone.cfg", "--basic", "-u", "alice:a1")))
        .isEqualTo("403");
    assertThat(status(put("/acme/0004f2000001-phone.cfg", "--basic", "-u", "alice:wrong")))
        .isEqualTo("401");

    assertThat(status(put("/acme/0004f2000002-phone.cfg", "--basic", "-u", "boss:tenant-pw")))
        .isEqualTo("201");
    assertThat(versions("0004f2000002").get(0).get("credential").asText())
        .isEqualTo("tenant acme (user boss)");
    assertThat(world.admin("GET", "/api/v1/tenants/acme/devices/0004f2000001/uploads", null).body())
        .asString()
        .isEqualTo("{\"uploads\":[]}");
  }

  @Test
  void anUnknownMacLooksLikeAKnownOneUntilTheCredentialsAreRight() {
    assertThat(status(put("/acme/0004f2ffffff-phone.cfg"))).isEqualTo("401");
    assertThat(status(put("/acme/0004f2ffffff-phone.cfg", "--basic", "-u", "boss:tenant-pw")))
        .isEqualTo("404");
    assertThat(world.security.await(1))
        .anyMatch(line -> line.contains("unknown-mac") && line.contains("mac=0004f2ffffff"));
    assertThat(status(put("/acme/0004f2000001-phone.cfg"))).isEqualTo("401");
  }
}
