package dev.ucprov.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.app.CliRun;
import dev.ucprov.app.Main;
import dev.ucprov.app.server.RunningServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ucprov import} and {@code export} against a real server (H2 file database, port 0): a tree
 * goes in, comes out as phones get it, and both match the phone listener byte for byte.
 */
class ImportExportIT {

  /**
   * Nothing on stderr but progress lines: a small tree prints none, unless the machine is so busy
   * that the transfer outlasts the quiet first second.
   */
  private static final String ONLY_PROGRESS = "((import|export): \\d+/\\d+ files, [0-9.]+ MB\\n)*";

  private static final Path TREE = CliRun.repositoryRoot().resolve("examples/tree-ucs5");
  private static final Map<String, String> ENV = Map.of("UCPROV_ADMIN_TOKEN", RunningServer.TOKEN);

  @TempDir Path temp;

  private RunningServer server;

  @BeforeEach
  void start() {
    server = RunningServer.start(temp.resolve("data"));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private CliRun run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), env, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  private CliRun importTree(Path tree) {
    return run(
        ENV,
        "import",
        "--tenant",
        "acme",
        "--tree",
        tree.toString(),
        "--admin",
        server.adminUri().toString());
  }

  private CliRun export(Path out) {
    return run(
        ENV,
        "export",
        "--tenant",
        "acme",
        "--out",
        out.toString(),
        "--admin",
        server.adminUri().toString(),
        "--http",
        server.phoneUri().toString());
  }

  /** Every regular file under {@code root}, by tree path, with its bytes. */
  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private byte[] asPhone(String path) throws Exception {
    var response = server.asPhone("/acme/" + ApiPaths.encode(path));
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void aTreeGoesInAndComesOutAsPhonesGetIt() throws Exception {
    CliRun imported = importTree(TREE);

    assertThat(imported.err()).matches(ONLY_PROGRESS);
    assertThat(imported.exitCode()).isZero();
    Map<String, byte[]> tree = files(TREE);
    assertThat(imported.out())
        .contains("created tenant acme\n")
        .contains("created device 0004f2aabbcc\n")
        .contains(
            "into tenant acme: "
                + tree.size()
                + " files ("
                + tree.size()
                + " new, 0 changed, 0"
                + " unchanged), 1 devices created");
    for (Map.Entry<String, byte[]> file : tree.entrySet()) {
      assertThat(asPhone(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
    }

    Path out = temp.resolve("export");
    CliRun exported = export(out);

    assertThat(exported.err()).matches(ONLY_PROGRESS);
    assertThat(exported.exitCode()).isZero();
    assertThat(exported.out())
        .contains("exported tenant acme to " + out + ": " + tree.size() + " files");
    Map<String, byte[]> written = files(out);
    assertThat(written.keySet()).isEqualTo(tree.keySet());
    for (Map.Entry<String, byte[]> file : written.entrySet()) {
      assertThat(file.getValue()).as(file.getKey()).isEqualTo(tree.get(file.getKey()));
    }
  }

  @Test
  void importingTheSameTreeAgainStoresNothingNew() throws Exception {
    importTree(TREE);

    CliRun again = importTree(TREE);

    int size = files(TREE).size();
    assertThat(again.exitCode()).isZero();
    assertThat(again.out())
        .doesNotContain("created tenant", "created device")
        .contains(size + " files (0 new, 0 changed, " + size + " unchanged), 0 devices created");
    assertThat(server.get("/api/v1/tenants/acme/files/site.cfg?versions").body())
        .contains("\"version\":1")
        .doesNotContain("\"version\":2");
  }

  @Test
  void aChangedFileIsUploadedAndAnUpperCaseMacIsStoredInLowerCase() throws Exception {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(tree.resolve("site.cfg"), "<polycomConfig a.b=\"1\"/>");
    Files.writeString(
        tree.resolve("0004F2AABBCD-lines.cfg"), "<polycomConfig reg.1.address=\"7\"/>");
    importTree(tree);
    Files.writeString(tree.resolve("site.cfg"), "<polycomConfig a.b=\"2\"/>");

    CliRun again = importTree(tree);

    assertThat(again.out())
        .contains("stored as 0004F2AABBCD-lines.cfg -> 0004f2aabbcd-lines.cfg")
        .contains("2 files (0 new, 1 changed, 1 unchanged)");
    assertThat(new String(asPhone("site.cfg"))).isEqualTo("<polycomConfig a.b=\"2\"/>");
    assertThat(new String(asPhone("0004f2aabbcd-lines.cfg"))).contains("reg.1.address=\"7\"");
    assertThat(server.get("/api/v1/tenants/acme/devices/0004f2aabbcd").statusCode()).isEqualTo(200);
  }

  @Test
  void exportRendersPerDeviceTemplatesForEveryKnownDeviceAndKeepsSharedFiles() throws Exception {
    importTree(TREE);
    server.asOperator(
        "PUT",
        "/api/v1/tenants/acme/files/%5BPHONE_MAC_ADDRESS%5D-extra.cfg?template=true",
        BodyPublishers.ofString("<polycomConfig reg.1.label=\"{{ device.label }}\"/>"));
    server.asOperator(
        "PUT",
        "/api/v1/tenants/acme/devices/0004f2000009",
        BodyPublishers.ofString("{\"model\":\"VVX_500\",\"label\":\"Lobby\"}"));
    server.asOperator("PUT", "/api/v1/shared/files/shared.ld", BodyPublishers.ofString("firmware"));

    Path out = temp.resolve("export");
    CliRun exported = export(out);

    assertThat(exported.exitCode()).isZero();
    assertThat(exported.out()).contains("for 2 devices");
    assertThat(Files.readString(out.resolve("0004f2000009-extra.cfg")))
        .isEqualTo("<polycomConfig reg.1.label=\"Lobby\"/>");
    for (String path : List.of("0004f2000009-extra.cfg", "0004f2aabbcc-extra.cfg", "shared.ld")) {
      assertThat(Files.readAllBytes(out.resolve(path))).as(path).isEqualTo(asPhone(path));
    }
    assertThat(out.resolve("[PHONE_MAC_ADDRESS]-extra.cfg")).doesNotExist();
  }

  @Test
  void aLinkOutOfTheTreeRefusesTheImportAndStoresNothing() throws Exception {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    Files.writeString(tree.resolve("site.cfg"), "<polycomConfig/>");
    Files.createSymbolicLink(tree.resolve("passwd.cfg"), Path.of("/etc/passwd"));

    CliRun refused = importTree(tree);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .startsWith(
            "ucprov import: " + tree.resolve("passwd.cfg") + ": a symbolic link out of the tree")
        .hasLineCount(1);
    assertThat(server.get("/api/v1/tenants/acme").statusCode()).isEqualTo(404);
  }

  @Test
  void withoutTheTokenOrWithAWrongOneItSaysSoInOneLine() {
    CliRun missing =
        run(
            Map.of(),
            "import",
            "--tenant",
            "acme",
            "--tree",
            TREE.toString(),
            "--admin",
            server.adminUri().toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .startsWith("ucprov import: UCPROV_ADMIN_TOKEN is not set: export the admin token")
        .hasLineCount(1);

    CliRun wrong =
        run(
            Map.of("UCPROV_ADMIN_TOKEN", "wrong"),
            "export",
            "--tenant",
            "acme",
            "--out",
            temp.resolve("x").toString(),
            "--admin",
            server.adminUri().toString());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err())
        .startsWith(
            "ucprov export: the admin API at " + server.adminUri() + " refused the token (401")
        .hasLineCount(1);
  }

  @Test
  void exportingAnUnknownTenantSaysSo() {
    CliRun exported = export(temp.resolve("out"));

    assertThat(exported.exitCode()).isEqualTo(2);
    assertThat(exported.err())
        .isEqualTo("ucprov export: no tenant acme at " + server.adminUri() + "\n");
  }
}
