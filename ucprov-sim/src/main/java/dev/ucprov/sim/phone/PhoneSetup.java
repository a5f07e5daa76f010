package dev.ucprov.sim.phone;

import dev.ucprov.sim.flash.Flash;
import dev.ucprov.sim.flash.MemoryFlash;
import dev.ucprov.sim.polling.Scheduler;
import dev.ucprov.sim.transport.FileTransport;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a virtual phone is made of. The transport may be shared by many phones; the flash is
 * the phone's own.
 *
 * @param conditionalGet whether the phone sends {@code If-None-Match} with the ETag of its flash
 *     copy (real phones: unconfirmed, so off by default); a 304 then uses the copy
 * @param scheduler where polls are scheduled; empty: the phone never polls by itself
 * @param zone the phone's time zone, for {@code prov.polling.time}
 * @param observer told of every cycle's result, on the thread that ran it (check-sync and polls run
 *     on their own threads)
 * @param bootLog whether a boot uploads {@code <MAC>-boot.log} before {@code <MAC>-app.log}, as a
 *     phone does (polycom-facts.md §1.7); off, a boot uploads one log, as issue 7's boot-storm
 *     workload counts it
 */
public record PhoneSetup(
    PhoneProfile profile,
    BootServerSetting bootServer,
    FileTransport transport,
    Flash flash,
    Clock clock,
    boolean conditionalGet,
    Optional<Scheduler> scheduler,
    ZoneId zone,
    Consumer<BootResult> observer,
    boolean bootLog) {

  /** A phone with an empty flash in memory, no polling, the system clock in UTC. */
  public static PhoneSetup of(
      PhoneProfile profile, BootServerSetting bootServer, FileTransport transport) {
    return new PhoneSetup(
        profile,
        bootServer,
        transport,
        new MemoryFlash(),
        Clock.systemUTC(),
        false,
        Optional.empty(),
        java.time.ZoneOffset.UTC,
        result -> {},
        true);
  }

  public PhoneSetup withFlash(Flash other) {
    return new PhoneSetup(
        profile,
        bootServer,
        transport,
        other,
        clock,
        conditionalGet,
        scheduler,
        zone,
        observer,
        bootLog);
  }

  public PhoneSetup withConditionalGet(boolean on) {
    return new PhoneSetup(
        profile, bootServer, transport, flash, clock, on, scheduler, zone, observer, bootLog);
  }

  public PhoneSetup withPolling(Scheduler other, Clock time) {
    return new PhoneSetup(
        profile,
        bootServer,
        transport,
        flash,
        time,
        conditionalGet,
        Optional.of(other),
        zone,
        observer,
        bootLog);
  }

  public PhoneSetup withObserver(Consumer<BootResult> other) {
    return new PhoneSetup(
        profile,
        bootServer,
        transport,
        flash,
        clock,
        conditionalGet,
        scheduler,
        zone,
        other,
        bootLog);
  }

  public PhoneSetup withBootLog(boolean uploads) {
    return new PhoneSetup(
        profile,
        bootServer,
        transport,
        flash,
        clock,
        conditionalGet,
        scheduler,
        zone,
        observer,
        uploads);
  }

  public PhoneSetup withBootServer(BootServerSetting other) {
    return new PhoneSetup(
        profile,
        other,
        transport,
        flash,
        clock,
        conditionalGet,
        scheduler,
        zone,
        observer,
        bootLog);
  }
}
