package dev.ucprov.app.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.app.cli.JsonOutput;
import dev.ucprov.core.effective.EffectiveParameter;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.Step;

/**
 * {@code ucprov sim boot --format json}: {@code mac}, {@code model}, {@code firmwareVersion}
 * (running at the end), {@code server}, {@code trigger}, {@code outcome} ({@code state}, {@code
 * reason}), {@code failed}, {@code elapsedMs}, {@code requests}, {@code steps} (each {@code kind},
 * {@code method}, {@code url}, {@code status}, {@code bytes}, {@code ms}, {@code cache}, {@code
 * result}, {@code note}), {@code keyParameters}, and {@code effective}: the {@code ucprov explain
 * --format json} document. Add keys, never rename one.
 */
final class SimBootJson {

  private final JsonOutput json = new JsonOutput();

  String render(BootResult result, PhoneProfile profile) {
    ObjectNode root = JsonOutput.object();
    root.put("mac", result.mac().value());
    root.put("model", profile.model());
    root.put("firmwareVersion", result.firmwareVersion());
    root.put(
        "server", result.server().map(s -> dev.ucprov.sim.phone.BootServer.shown(s)).orElse(null));
    root.put(
        "trigger", result.trigger().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    ObjectNode outcome = root.putObject("outcome");
    outcome.put("state", BootSummary.state(result.outcome()));
    String reason = BootSummary.reason(result.outcome());
    outcome.put("reason", reason.isEmpty() ? null : reason);
    root.put("failed", result.failed());
    root.put("elapsedMs", result.elapsed().toMillis());
    root.put("requests", result.requests());
    steps(root.putArray("steps"), result);
    keyParameters(root.putObject("keyParameters"), result);
    root.set("effective", dev.ucprov.http.admin.ExplainJson.of(result.effective()));
    return json.render(root);
  }

  private static void steps(ArrayNode steps, BootResult result) {
    for (Step step : result.steps()) {
      ObjectNode s = steps.addObject();
      s.put("kind", step.kind().label());
      s.put("method", step.method());
      s.put("url", step.url());
      s.put("status", step.status());
      s.put("bytes", step.bytes());
      s.put("ms", step.duration().toNanos() / 1_000_000.0);
      s.put("cache", step.cache().label());
      s.put("result", step.result().label());
      s.put("note", step.note());
    }
  }

  private static void keyParameters(ObjectNode keys, BootResult result) {
    for (EffectiveParameter p : BootSummary.keyParameters(result.effective())) {
      ObjectNode k = keys.putObject(p.name());
      k.put("value", p.value());
      k.put("source", p.source());
      k.put("line", p.line());
    }
  }
}
