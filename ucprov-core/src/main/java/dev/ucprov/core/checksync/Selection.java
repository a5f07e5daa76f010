package dev.ucprov.core.checksync;

import dev.ucprov.core.device.MacAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which devices of a tenant a job sends to. */
public sealed interface Selection {

  /** For people, and stored with the job: {@code all devices}, {@code model VVX_410}. */
  String describe();

  record All() implements Selection {
    @Override
    public String describe() {
      return "all devices";
    }
  }

  /** These devices, in this order. */
  record Macs(List<MacAddress> macs) implements Selection {
    public Macs {
      macs = List.copyOf(macs);
    }

    @Override
    public String describe() {
      return macs.size() == 1 ? "device " + macs.getFirst() : macs.size() + " devices by MAC";
    }
  }

  /**
   * The devices matching every filter given (at least one).
   *
   * @param model the operator's model or else the reported one, either spelling
   * @param label the label, ignoring case
   * @param notSeenSince never seen, or last seen before
   */
  record Filter(Optional<String> model, Optional<String> label, Optional<Instant> notSeenSince)
      implements Selection {
    @Override
    public String describe() {
      List<String> parts = new ArrayList<>();
      model.ifPresent(m -> parts.add("model " + m));
      label.ifPresent(l -> parts.add("label \"" + l + "\""));
      notSeenSince.ifPresent(t -> parts.add("not seen since " + t));
      return String.join(", ", parts);
    }
  }
}
