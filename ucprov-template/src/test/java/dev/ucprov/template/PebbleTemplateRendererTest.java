package dev.ucprov.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.template.RenderContext;
import dev.ucprov.core.template.RenderContext.DeviceValues;
import dev.ucprov.core.template.RenderContext.ServerValues;
import dev.ucprov.core.template.RenderContext.TenantValues;
import dev.ucprov.core.template.TemplateRenderer.RenderOutcome;
import dev.ucprov.core.template.TemplateRenderer.TemplateError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PebbleTemplateRendererTest {

  private static final TenantValues ACME =
      new TenantValues("acme", "Acme Corp", Map.of("sip", "sip.acme.example"));
  private static final ServerValues SERVER =
      new ServerValues("http://prov.example/acme", "https://prov.example/acme");

  private final PebbleTemplateRenderer renderer = new PebbleTemplateRenderer();

  @Test
  void templatesSeeDeviceTenantAndServer() {
    String source =
        "<c reg.1.address=\"{{ device.variables.line }}\" label=\"{{ device.label }}\""
            + " mac=\"{{ device.mac }}\" model=\"{{ device.model }}\" t=\"{{ tenant.id }}\""
            + " n=\"{{ tenant.name }}\" sip=\"{{ tenant.variables.sip }}\""
            + " http=\"{{ server.httpUrl }}\" https=\"{{ server.httpsUrl }}\"/>";

    assertThat(rendered(source, phone("0004f2000001", Map.of("line", "201"))))
        .isEqualTo(
            "<c reg.1.address=\"201\" label=\"desk\" mac=\"0004f2000001\" model=\"VVX_410\""
                + " t=\"acme\" n=\"Acme Corp\" sip=\"sip.acme.example\""
                + " http=\"http://prov.example/acme\" https=\"https://prov.example/acme\"/>");
  }

  @Test
  void aMissingValueRendersAsNothing() {
    assertThat(
            rendered(
                "[{{ device.variables.nope }}][{{ tenant.variables.nope.deeper }}]",
                phone("0004f2000001", Map.of())))
        .isEqualTo("[][]");
    assertThat(rendered("[{{ device.mac }}]", Optional.empty())).isEqualTo("[]");
  }

  @Test
  void conditionsLoopsAndBracketedNamesWork() {
    String source =
        "{% if device.variables['sip-server'] %}s={{ device.variables['sip-server'] }}{% endif %}"
            + "{% for i in range(1, 3) %}<l{{ i }}/>{% endfor %}"
            + "{% if device is null %}none{% endif %}";

    assertThat(rendered(source, phone("0004f2000001", Map.of("sip-server", "x.example"))))
        .isEqualTo("s=x.example<l1/><l2/><l3/>");
    assertThat(rendered(source, Optional.empty())).isEqualTo("<l1/><l2/><l3/>none");
  }

  @Test
  void outputIsEscapedForXmlAttributesUnlessMarkedRaw() {
    Optional<DeviceValues> device =
        phone("0004f2000001", Map.of("v", "a&b<c>\"d'e", "nl", "one\ntwo\tthree\u0001"));

    assertThat(rendered("<x v=\"{{ device.variables.v }}\"/>", device))
        .isEqualTo("<x v=\"a&amp;b&lt;c&gt;&quot;d&apos;e\"/>");
    assertThat(rendered("{{ device.variables.nl }}", device)).isEqualTo("one&#10;two&#9;three");
    assertThat(rendered("{{ device.variables.v | raw }}", device)).isEqualTo("a&b<c>\"d'e");
    assertThat(rendered("<x a='{{ device.variables.v }}'/>", device)).doesNotContain("'d'");
  }

  @Test
  void aTemplateThatDoesNotCompileIsReportedWithItsLine() {
    Optional<TemplateError> error =
        renderer.check("lines.cfg", "<a/>\n<b/>\n{% if device.mac %}\n<c/>\n");

    assertThat(error).isPresent();
    assertThat(error.get().name()).isEqualTo("lines.cfg");
    assertThat(error.get().line()).isBetween(3, 5);
    assertThat(error.get().message()).isNotBlank();

    // Pebble notices an unclosed tag where the input ends.
    assertThat(renderer.check("x.cfg", "ok\n{{ device.mac \n"))
        .hasValueSatisfying(e -> assertThat(e.line()).isBetween(2, 3));
    assertThat(renderer.check("x.cfg", "ok {{ device.mac }}")).isEmpty();
  }

  @Test
  void anUnknownFilterIsFoundOnlyWhenRenderingAndNamedWithItsLine() {
    String source = "ok\n{{ device.mac | nosuchfilter }}\nmore";

    assertThat(renderer.check("x.cfg", source)).isEmpty();
    assertThat(renderer.render("x.cfg", source, context(phone("0004f2000001", Map.of()))))
        .isInstanceOfSatisfying(
            RenderOutcome.Failed.class,
            failed -> {
              assertThat(failed.error().line()).isEqualTo(2);
              assertThat(failed.error().message()).contains("nosuchfilter");
            });
  }

  @Test
  void renderingASourceThatDoesNotCompileFailsWithoutThrowing() {
    RenderOutcome outcome =
        renderer.render(
            "x.cfg", "line\n{% for %}", new RenderContext(Optional.empty(), ACME, SERVER));

    assertThat(outcome)
        .isInstanceOfSatisfying(
            RenderOutcome.Failed.class, failed -> assertThat(failed.error().line()).isEqualTo(2));
  }

  @Test
  void aRequiredValueFailsOnlyForDevicesThatLackIt() {
    String source = "<c\n reg.1.address=\"{{ device.variables.line | required }}\"/>";

    assertThat(rendered(source, phone("0004f2000001", Map.of("line", "201"))))
        .isEqualTo("<c\n reg.1.address=\"201\"/>");
    RenderOutcome missing =
        renderer.render("lines.cfg", source, context(phone("0004f2000002", Map.of())));
    assertThat(missing)
        .isInstanceOfSatisfying(
            RenderOutcome.Failed.class,
            failed -> {
              assertThat(failed.error().name()).isEqualTo("lines.cfg");
              assertThat(failed.error().line()).isEqualTo(2);
              assertThat(failed.error().message()).contains("required");
            });
    assertThat(
            renderer.render(
                "lines.cfg", source, context(phone("0004f2000003", Map.of("line", "")))))
        .isInstanceOf(RenderOutcome.Failed.class);
  }

  @Test
  void arithmeticOnAMissingValueFailsForThatDeviceOnly() {
    String source = "port=\"{{ device.variables.port + 1 }}\"";

    assertThat(rendered(source, phone("0004f2000001", Map.of("port", "5060")))).isNotEmpty();
    assertThat(renderer.render("p.cfg", source, context(phone("0004f2000002", Map.of()))))
        .isInstanceOf(RenderOutcome.Failed.class);
  }

  @Test
  void templatesCannotReadOtherFiles() {
    for (String source :
        List.of(
            "{% include \"/etc/passwd\" %}",
            "{% extends \"base.cfg\" %}", "{% import \"macros.peb\" %}")) {
      RenderOutcome outcome = renderer.render("x.cfg", source, context(Optional.empty()));
      assertThat(outcome).as(source).isInstanceOf(RenderOutcome.Failed.class);
    }
  }

  @Test
  void templatesCannotCallJavaMethods() {
    RenderOutcome outcome =
        renderer.render(
            "x.cfg", "[{{ tenant.name.getClass().getName() }}]", context(Optional.empty()));

    if (outcome instanceof RenderOutcome.Rendered(String text)) {
      assertThat(text).doesNotContain("java.lang");
    }
  }

  @Test
  void outputIsCapped() {
    RenderOutcome outcome =
        renderer.render(
            "big.cfg",
            "{% for i in range(1, 10000000) %}0123456789{% endfor %}",
            context(Optional.empty()));

    assertThat(outcome).isInstanceOf(RenderOutcome.Failed.class);
  }

  @Test
  void compiledTemplatesAreSharedBySourceAndBounded() {
    PebbleTemplateRenderer small = new PebbleTemplateRenderer(2);
    small.render("a", "one {{ tenant.id }}", context(Optional.empty()));
    small.render("b", "one {{ tenant.id }}", context(Optional.empty()));
    small.check("c", "one {{ tenant.id }}");
    assertThat(small.compiledTemplates()).isEqualTo(1);

    small.render("d", "two", context(Optional.empty()));
    small.render("e", "three", context(Optional.empty()));
    assertThat(small.compiledTemplates()).isEqualTo(2);
  }

  @Test
  void concurrentRendersOfOneTemplateKeepTheirOwnValues() throws Exception {
    String source = "{{ device.mac }}={{ device.variables.line }}";
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String mac = String.format("0004f2%06x", i);
        String line = Integer.toString(i);
        results.add(pool.submit(() -> rendered(source, phone(mac, Map.of("line", line)))));
      }
      for (int i = 0; i < 200; i++) {
        assertThat(results.get(i).get()).isEqualTo(String.format("0004f2%06x=%d", i, i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private String rendered(String source, Optional<DeviceValues> device) {
    RenderOutcome outcome = renderer.render("t.cfg", source, context(device));
    assertThat(outcome).isInstanceOf(RenderOutcome.Rendered.class);
    return ((RenderOutcome.Rendered) outcome).text();
  }

  private static RenderContext context(Optional<DeviceValues> device) {
    return new RenderContext(device, ACME, SERVER);
  }

  private static Optional<DeviceValues> phone(String mac, Map<String, String> variables) {
    return Optional.of(new DeviceValues(mac, "VVX_410", "desk", variables));
  }
}
