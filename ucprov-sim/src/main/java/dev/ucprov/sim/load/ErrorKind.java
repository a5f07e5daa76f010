package dev.ucprov.sim.load;

import dev.ucprov.sim.phone.BootOutcome;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.Step;
import dev.ucprov.sim.phone.StepResult;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Why a boot counts as an error in a load test, in a few words a histogram of errors can key on.
 * Stricter than {@link BootResult#failed()}: a refused step (an upload answered 403, a licence
 * answered 401) is an error here, since a load test is run against a server set up to answer all.
 */
final class ErrorKind {

  static final String TIMEOUT = "timeout";
  static final String NOT_STARTED = "not-started";

  private ErrorKind() {}

  /** The boot's first error, if it has one; steps {@code counted} rejects are not looked at. */
  static Optional<String> of(BootResult result, Predicate<Step> counted) {
    for (Step step : result.steps()) {
      if (counted.test(step) && isError(step.result())) {
        return Optional.of(label(step));
      }
    }
    return switch (result.outcome()) {
      case BootOutcome.Provisioned provisioned -> Optional.empty();
      case BootOutcome.FromCache fromCache -> Optional.of("from-cache");
      case BootOutcome.Failed failed -> Optional.of("no-config");
    };
  }

  static boolean isError(StepResult result) {
    return switch (result) {
      case OK, ABSENT, SKIPPED -> false;
      case MISSING, REFUSED, ERROR -> true;
    };
  }

  /**
   * {@code config-404}, {@code master-unreachable}; {@code master-invalid} when the file came but
   * could not be used (or the step made no request).
   */
  static String label(Step step) {
    String what;
    if (!step.isRequest() || (step.status() >= 200 && step.status() < 400)) {
      what = "invalid";
    } else {
      what = step.status() == 0 ? "unreachable" : String.valueOf(step.status());
    }
    return step.kind().label() + "-" + what;
  }

  static String crash(Throwable thrown) {
    return "crash-" + thrown.getClass().getSimpleName();
  }
}
