package dev.ucprov.app.demo;

import dev.ucprov.app.server.AdminToken;
import dev.ucprov.app.server.AdminTokenFile;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;

/**
 * The commands that show the demo from both sides, with the real addresses: a phone's (curl with a
 * Polycom User-Agent on the phone listener) and an operator's (curl with the bearer token on the
 * admin API). Every line that starts with {@code curl } or {@code export } is meant to be pasted
 * into a shell as it is; README's test runs them.
 */
public final class DemoInstructions {

  static final String AGENT = "FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 Type/Application";

  private DemoInstructions() {}

  public static List<String> lines(URI phones, URI admin, AdminToken token) {
    String phone = DemoContent.PHONES.getFirst().mac();
    String asPhone = "curl -A '" + AGENT + "' ";
    String asOperator =
        "curl -H \"Authorization: Bearer $" + AdminTokenFile.ENVIRONMENT_VARIABLE + "\" ";
    String api = admin + "/api/v1/tenants/" + DemoContent.TENANT;
    String tokenLine =
        token.origin() == AdminToken.Origin.ENVIRONMENT
            ? "# (the token is the one in " + AdminTokenFile.ENVIRONMENT_VARIABLE + " already)"
            : "export " + AdminTokenFile.ENVIRONMENT_VARIABLE + "=" + token.value();
    return List.of(
        "demo tenant '" + DemoContent.TENANT + "' with phones " + macs() + ". A phone's view:",
        "  " + asPhone + phones + "/" + DemoContent.TENANT + "/000000000000.cfg",
        "  " + asPhone + phones + "/" + DemoContent.TENANT + "/" + phone + "-lines.cfg",
        "  " + asPhone + "-H 'Host: " + DemoContent.HOSTNAME + "' " + phones + "/site.cfg",
        "An operator's view (admin API):",
        "  " + tokenLine,
        "  " + asOperator + api + "/devices/" + phone + "/effective-config",
        "  " + asOperator + api + "/devices/" + phone,
        "  " + asOperator + api + "/files",
        "  " + asOperator + api + "/lint");
  }

  public static void print(PrintWriter out, URI phones, URI admin, AdminToken token) {
    lines(phones, admin, token).forEach(out::println);
  }

  private static String macs() {
    return String.join(
        ", ", DemoContent.PHONES.stream().map(p -> p.mac() + " (" + p.model() + ")").toList());
  }
}
