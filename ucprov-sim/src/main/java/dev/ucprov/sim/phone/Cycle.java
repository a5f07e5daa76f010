package dev.ucprov.sim.phone;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.flash.Flash;
import dev.ucprov.sim.transport.Fetch;
import dev.ucprov.sim.transport.FileTransport;
import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one provisioning cycle: who asks, where, with which client and flash, the trace so
 * far, and the provisioning tree the phone has assembled (tree path to bytes) for the core to
 * compute the effective configuration from. Not thread-safe: one per cycle, on one thread.
 */
final class Cycle {

  final MacAddress mac;
  final String userAgent;
  final BootServer server;
  final FileTransport transport;
  final Flash flash;
  final boolean conditional;
  final List<Step> steps = new ArrayList<>();
  final Map<String, byte[]> tree = new LinkedHashMap<>();

  Cycle(
      MacAddress mac,
      String userAgent,
      BootServer server,
      FileTransport transport,
      Flash flash,
      boolean conditional) {
    this.mac = mac;
    this.userAgent = userAgent;
    this.server = server;
    this.transport = transport;
    this.flash = flash;
    this.conditional = conditional;
  }

  /** GET, conditional on {@code etag} when the phone sends conditional requests. */
  Exchange get(URI uri, Optional<String> etag, boolean keepBody) {
    Fetch fetch = Fetch.of(uri, userAgent).ifNoneMatch(conditional ? etag : Optional.empty());
    long start = System.nanoTime();
    Reply reply = transport.fetch(keepBody ? fetch : fetch.countingOnly());
    return new Exchange("GET", uri, reply, Duration.ofNanos(System.nanoTime() - start), 0);
  }

  Exchange put(URI uri, byte[] body) {
    long start = System.nanoTime();
    Reply reply = transport.store(uri, userAgent, body);
    return new Exchange(
        "PUT", uri, reply, Duration.ofNanos(System.nanoTime() - start), body.length);
  }

  void record(StepKind kind, Exchange exchange, CacheUse cache, StepResult result, String note) {
    steps.add(
        new Step(
            kind,
            exchange.method(),
            BootServer.shown(exchange.uri()),
            exchange.reply().status(),
            exchange.bytes(),
            exchange.took(),
            cache,
            result,
            note));
  }

  void decide(StepKind kind, String url, StepResult result, String note) {
    steps.add(Step.decision(kind, url, result, note));
  }

  /** The result of an exchange that did not give the file: absent when normal, else an error. */
  static StepResult unlessFound(Exchange exchange, StepResult whenNotFound) {
    return switch (exchange.reply()) {
      case Reply.Refused refused when refused.status() == 404 -> whenNotFound;
      case Reply.Refused refused when refused.status() < 500 -> StepResult.REFUSED;
      default -> StepResult.ERROR;
    };
  }
}
