package dev.ucprov.http.ops;

import dev.ucprov.core.device.Protocol;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts phone requests for {@code /metrics}: {@code ucprov_requests_total{protocol, kind,
 * status}}, {@code ucprov_served_bytes_total{protocol}}, and {@code
 * ucprov_phone_answers_total{thread}}: how many HTTP answers were made on the network thread from
 * memory ({@code network}) and how many on a virtual thread ({@code virtual}; ADR 0020). Any
 * listener may share one instance. Thread-safe.
 */
public final class RequestMetrics {

  private record Key(Protocol protocol, FileKind kind, int status) {}

  private final MeterRegistry registry;
  private final Map<Key, Counter> requests = new ConcurrentHashMap<>();
  private final Map<Protocol, Counter> bytes = new ConcurrentHashMap<>();

  private final Counter onNetworkThread;
  private final Counter onVirtualThread;

  public RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.onNetworkThread = answersCounter("network");
    this.onVirtualThread = answersCounter("virtual");
  }

  /** One phone answer made on the network thread ({@code true}) or on a virtual thread. */
  public void answeredOn(boolean networkThread) {
    (networkThread ? onNetworkThread : onVirtualThread).increment();
  }

  private Counter answersCounter(String thread) {
    return Counter.builder("ucprov.phone.answers")
        .description(
            "Phone HTTP answers, by the thread that made them: network (from memory) or virtual")
        .tag("thread", thread)
        .register(registry);
  }

  /** One answered request for {@code path} (the path asked, which names its kind). */
  public void answered(Protocol protocol, String path, int status, long bodyBytes) {
    Key key = new Key(protocol, FileKind.of(path), status);
    requests.computeIfAbsent(key, this::requestCounter).increment();
    if (bodyBytes > 0) {
      bytes.computeIfAbsent(protocol, this::bytesCounter).increment(bodyBytes);
    }
  }

  private Counter requestCounter(Key key) {
    return Counter.builder("ucprov.requests")
        .description("Phone requests answered, by protocol, kind of file and status")
        .tag("protocol", key.protocol().label())
        .tag("kind", key.kind().label())
        .tag("status", Integer.toString(key.status()))
        .register(registry);
  }

  private Counter bytesCounter(Protocol protocol) {
    return Counter.builder("ucprov.served.bytes")
        .description("Body bytes sent to phones")
        .tag("protocol", protocol.label())
        .register(registry);
  }
}
