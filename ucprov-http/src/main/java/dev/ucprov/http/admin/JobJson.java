package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.DeviceState;
import dev.ucprov.core.checksync.Job;
import dev.ucprov.core.checksync.JobDevice;
import dev.ucprov.core.checksync.JobReport;
import dev.ucprov.core.operator.JobForm;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Check-syncs in JSON. One outcome: {@code {"outcome": "ok|rejected|timeout|error", "status",
 * "reason", "via": "sip|push"}}. A job: {@code {"id", "tenant", "selection", "automatic", "rate",
 * "concurrency", "created", "finished", "state": "running|finished", "total", "failed", "counts":
 * {state: n, ...}}}, with {@code "devices": [{"mac", "state", "status", "reason", "via", "time"}]}
 * for a single job. States and outcomes in lower case.
 */
final class JobJson {

  static final Set<String> FIELDS =
      Set.of("all", "macs", "model", "label", "notSeenSince", "rate", "concurrency");

  private JobJson() {}

  static ObjectNode delivery(Delivery delivery) {
    return Json.object()
        .put("outcome", lower(delivery.outcome()))
        .put("status", delivery.status())
        .put("reason", delivery.reason())
        .put("via", lower(delivery.via()));
  }

  static ObjectNode report(JobReport report, boolean withDevices) {
    Job job = report.job();
    ObjectNode node = Json.object();
    node.put("id", job.id().value());
    node.put("tenant", job.tenant().value());
    node.put("selection", job.selection());
    node.put("automatic", job.automatic());
    node.put("rate", job.limits().rate());
    node.put("concurrency", job.limits().concurrency());
    node.put("created", job.created().toString());
    DeviceJson.putOptional(node, "finished", job.finished().map(Object::toString));
    node.put("state", job.finished().isPresent() ? "finished" : "running");
    node.put("total", report.total());
    node.put("failed", report.failed());
    ObjectNode counts = node.putObject("counts");
    report.counts().forEach((state, count) -> counts.put(lower(state), count));
    if (withDevices) {
      ArrayNode devices = node.putArray("devices");
      report.devices().forEach(d -> devices.add(device(d)));
    }
    return node;
  }

  static ObjectNode list(List<JobReport> reports) {
    ObjectNode node = Json.object();
    ArrayNode jobs = node.putArray("jobs");
    reports.forEach(r -> jobs.add(report(r, false)));
    return node;
  }

  static JobForm form(ObjectNode body) {
    return new JobForm(
        bool(body, "all"),
        JsonBody.textList(body, "macs"),
        JsonBody.text(body, "model").orElse(null),
        JsonBody.text(body, "label").orElse(null),
        JsonBody.text(body, "notSeenSince").orElse(null),
        number(body, "rate"),
        whole(body, "concurrency"));
  }

  private static ObjectNode device(JobDevice d) {
    ObjectNode node = Json.object().put("mac", d.mac().value()).put("state", lower(d.state()));
    node.put("status", d.status());
    DeviceJson.putOptional(node, "reason", d.reason());
    DeviceJson.putOptional(node, "via", d.via().map(JobJson::lower));
    DeviceJson.putOptional(node, "time", d.updated().map(Object::toString));
    return node;
  }

  private static Boolean bool(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isBoolean()) {
      throw ApiError.badRequest("field '" + field + "' must be true or false");
    }
    return value.booleanValue();
  }

  private static Double number(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw ApiError.badRequest("field '" + field + "' must be a number");
    }
    return value.doubleValue();
  }

  private static Integer whole(ObjectNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw ApiError.badRequest("field '" + field + "' must be a whole number");
    }
    return value.intValue();
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Every state's name as the API writes it, for documentation and tests. */
  static List<String> states() {
    return java.util.Arrays.stream(DeviceState.values()).map(JobJson::lower).toList();
  }
}
