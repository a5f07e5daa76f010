package dev.ucprov.sim.phone;

import dev.ucprov.core.config.ConfigReader;
import dev.ucprov.core.effective.EffectiveConfig;
import dev.ucprov.core.effective.EffectiveConfigResolver;
import dev.ucprov.sim.polling.PollingSchedule;
import dev.ucprov.sim.polling.Scheduler;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A simulated Polycom phone (issue 7 point 1). It boots as the white paper and polycom-facts.md
 * describe, keeps a flash, re-provisions on check-sync and polls per {@code prov.polling.*}, and
 * acts as a user would. Every cycle returns a {@link BootResult} with its trace.
 *
 * <p>Thread-safe: cycles and user actions of one phone run one at a time (a check-sync arriving
 * during a boot waits for it); different phones share nothing but their transport.
 */
public final class VirtualPhone {

  private final PhoneSetup setup;
  private final ProvisioningCycle cycle;
  private final UserActions actions;
  private final ReentrantLock lock = new ReentrantLock();
  private final SplittableRandom random;
  private Optional<Known> known = Optional.empty();
  private Map<String, byte[]> tree = new LinkedHashMap<>();
  private Optional<BootResult> last = Optional.empty();
  private Optional<Scheduler.Scheduled> nextPoll = Optional.empty();

  /** Phones may share one resolver and reader: both are thread-safe. */
  public VirtualPhone(PhoneSetup setup, EffectiveConfigResolver resolver, ConfigReader reader) {
    this.setup = setup;
    this.cycle = new ProvisioningCycle(setup, resolver, reader);
    this.actions = new UserActions(setup, reader);
    this.random = new SplittableRandom(setup.profile().mac().value().hashCode());
  }

  public VirtualPhone(PhoneSetup setup) {
    this(setup, new EffectiveConfigResolver(new ConfigReader()), new ConfigReader());
  }

  public PhoneSetup setup() {
    return setup;
  }

  /** Power-up or reboot. */
  public BootResult boot() {
    return provision(Trigger.BOOT);
  }

  /**
   * A SIP NOTIFY check-sync: a reconfiguration, or a reboot when {@code
   * voIpProt.SIP.specialEvent.checkSync.alwaysReboot="1"} (polycom-facts.md §6).
   */
  public BootResult checkSync() {
    boolean reboot =
        last.flatMap(
                r -> r.effective().parameter("voIpProt.SIP.specialEvent.checkSync.alwaysReboot"))
            .map(p -> p.value().strip().equals("1"))
            .orElse(false);
    return provision(reboot ? Trigger.BOOT : Trigger.CHECK_SYNC);
  }

  public BootResult provision(Trigger trigger) {
    BootResult result;
    lock.lock();
    try {
      ProvisioningCycle.End end = cycle.run(trigger);
      result = end.result();
      end.known()
          .ifPresent(k -> {
            known = Optional.of(k);
            tree = new LinkedHashMap<>(k.tree());
          });
      last = Optional.of(result);
      schedulePoll(result.effective());
    } finally {
      lock.unlock();
    }
    setup.observer().accept(result);
    return result;
  }

  /** Changes a setting on the keypad: {@code <MAC>-phone.cfg} rewritten and uploaded. */
  public Step changeSetting(String name, String value) {
    return act(k -> actions.changeSetting(k, tree, name, value));
  }

  /** Reset Local Config: an empty {@code <MAC>-phone.cfg} uploaded. */
  public Step resetLocalConfig() {
    return act(k -> actions.resetLocalConfig(k, tree));
  }

  /** Adds (or replaces, by number) a contact; the directory uploaded. */
  public Step addContact(Contact contact) {
    return act(k -> actions.addContact(k, contact));
  }

  /** The contacts the phone holds now. */
  public List<Contact> localDirectory() {
    return UserActions.localDirectory(setup.flash());
  }

  public Optional<BootResult> lastResult() {
    lock.lock();
    try {
      return last;
    } finally {
      lock.unlock();
    }
  }

  /** The effective configuration now: the last cycle's, with any setting changed since. */
  public EffectiveConfig effective() {
    lock.lock();
    try {
      return cycle.effective(tree);
    } finally {
      lock.unlock();
    }
  }

  /** Stops polling. */
  public void stopPolling() {
    lock.lock();
    try {
      nextPoll.ifPresent(Scheduler.Scheduled::cancel);
      nextPoll = Optional.empty();
    } finally {
      lock.unlock();
    }
  }

  private Step act(java.util.function.Function<Known, Step> action) {
    lock.lock();
    try {
      if (known.isEmpty()) {
        return Step.decision(
            StepKind.OVERRIDE_UPLOAD, "", StepResult.ERROR, "no boot server known yet: boot first");
      }
      return action.apply(known.get());
    } finally {
      lock.unlock();
    }
  }

  /** After every cycle, the next poll from the configuration just read. Called under the lock. */
  private void schedulePoll(EffectiveConfig effective) {
    nextPoll.ifPresent(Scheduler.Scheduled::cancel);
    nextPoll = Optional.empty();
    if (setup.scheduler().isEmpty()) {
      return;
    }
    Instant now = setup.clock().instant();
    Optional<Instant> when = PollingSchedule.of(effective).next(now, setup.zone(), random);
    nextPoll = when.map(at -> setup.scheduler().get().at(at, () -> provision(Trigger.POLL)));
  }
}
