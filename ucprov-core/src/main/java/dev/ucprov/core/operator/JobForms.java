package dev.ucprov.core.operator;

import dev.ucprov.core.checksync.DeviceSelector;
import dev.ucprov.core.checksync.JobLimits;
import dev.ucprov.core.checksync.Selection;
import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.operator.Fields.Checked;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a {@link JobForm} into a selection and limits, or the refusal of its first wrong field. */
final class JobForms {

  private JobForms() {}

  static Outcome<Selection> selection(JobForm form, TenantId tenant, DeviceSelector selector) {
    boolean all = Boolean.TRUE.equals(form.all());
    boolean macs = !form.macs().isEmpty();
    boolean filter = form.model() != null || form.label() != null || form.notSeenSince() != null;
    int kinds = (all ? 1 : 0) + (macs ? 1 : 0) + (filter ? 1 : 0);
    if (kinds == 0) {
      return Outcome.invalid(
          "body", "say which devices: all, macs, or any of model, label and notSeenSince");
    }
    if (kinds > 1) {
      return Outcome.invalid(
          all ? "all" : "macs",
          "choose one way to select devices: all, macs, or filters (model, label,"
              + " notSeenSince)");
    }
    if (all) {
      return new Outcome.Ok<>(new Selection.All());
    }
    return macs ? macs(form.macs(), tenant, selector) : filter(form);
  }

  static Outcome<JobLimits> limits(JobForm form, JobLimits defaults) {
    double rate = form.rate() == null ? defaults.rate() : form.rate();
    int concurrency = form.concurrency() == null ? defaults.concurrency() : form.concurrency();
    if (!(rate > 0 && rate <= JobLimits.MAX_RATE)) {
      return Outcome.invalid(
          "rate",
          rate + " is not a rate above 0 and at most " + (int) JobLimits.MAX_RATE + " a second");
    }
    if (concurrency < 1 || concurrency > JobLimits.MAX_CONCURRENCY) {
      return Outcome.invalid(
          "concurrency", concurrency + " is not from 1 to " + JobLimits.MAX_CONCURRENCY);
    }
    return new Outcome.Ok<>(new JobLimits(rate, concurrency));
  }

  private static Outcome<Selection> macs(
      List<String> given, TenantId tenant, DeviceSelector selector) {
    List<MacAddress> macs = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String field = "macs[" + i + "]";
      Checked<MacAddress> mac = Fields.mac(given.get(i));
      if (mac instanceof Checked.Bad<MacAddress>(String f, String problem)) {
        return Outcome.invalid(field, problem);
      }
      if (!selector.belongs(tenant, mac.value())) {
        return Outcome.invalid(field, "no device " + mac.value() + " in tenant " + tenant);
      }
      macs.add(mac.value());
    }
    return new Outcome.Ok<>(new Selection.Macs(macs));
  }

  private static Outcome<Selection> filter(JobForm form) {
    Checked<Optional<String>> model = Fields.model(Optional.ofNullable(form.model()));
    Checked<Optional<String>> label = Fields.text("label", Optional.ofNullable(form.label()));
    Optional<Outcome<Selection>> refused = Fields.refusal(model, label);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<Instant> since = Optional.empty();
    if (form.notSeenSince() != null) {
      try {
        since = Optional.of(Instant.parse(form.notSeenSince().strip()));
      } catch (DateTimeParseException e) {
        return Outcome.invalid(
            "notSeenSince",
            "\""
                + Fields.shown(form.notSeenSince())
                + "\" is not an ISO-8601 instant (2026-11-25T10:00:00Z)");
      }
    }
    return new Outcome.Ok<>(new Selection.Filter(model.value(), label.value(), since));
  }
}
