package dev.ucprov.sim.load;

import dev.ucprov.sim.transport.Fetch;
import dev.ucprov.sim.transport.FileTransport;
import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A provisioning server in memory for load tests without sockets: files by path under {@code
 * http://test/}, a delay per request, paths that answer a status of their own, and counts of what
 * it was asked. Thread-safe.
 */
final class TreeServer implements FileTransport {

  static final URI ROOT = URI.create("http://test/");

  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final LongAdder fetches = new LongAdder();
  private final LongAdder stores = new LongAdder();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();
  private volatile Duration delay = Duration.ZERO;

  /** A master listing three config files, the firmware version, a directory and a licence. */
  static TreeServer standard() {
    TreeServer server = new TreeServer();
    server.file(
        "000000000000.cfg",
        "<APPLICATION APP_FILE_PATH=\"sip.ld\" CONFIG_FILES=\"[PHONE_MAC_ADDRESS]-lines.cfg,"
            + " site.cfg, features.cfg\" OVERRIDES_DIRECTORY=\"overrides\""
            + " CONTACTS_DIRECTORY=\"contacts\" LICENSE_DIRECTORY=\"licences\""
            + " LOG_FILE_DIRECTORY=\"logs\"/>");
    server.file("sip.ver", "5.9.0.9373\n");
    server.file("sip.ld", "image");
    server.file("site.cfg", "<polycomConfig tcpIpApp.sntp.address=\"pool.ntp.org\"/>");
    server.file("features.cfg", "<polycomConfig feature.presence.enabled=\"1\"/>");
    server.file(
        "contacts/000000000000-directory.xml",
        "<directory><item_list><item><fn>Desk</fn><ct>100</ct></item></item_list></directory>");
    server.file("licences/000000000000-license.cfg", "<licenses/>");
    return server;
  }

  /** Serves {@code <mac>-lines.cfg} for each MAC of the numbered list. */
  TreeServer lines(Iterable<dev.ucprov.core.device.MacAddress> macs) {
    for (var mac : macs) {
      file(mac.value() + "-lines.cfg", "<polycomConfig reg.1.address=\"" + mac.value() + "\"/>");
    }
    return this;
  }

  TreeServer file(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  TreeServer status(String path, int status) {
    statuses.put(path, status);
    return this;
  }

  TreeServer delay(Duration each) {
    delay = each;
    return this;
  }

  long fetches() {
    return fetches.sum();
  }

  long stores() {
    return stores.sum();
  }

  int mostInFlight() {
    return mostInFlight.get();
  }

  @Override
  public Reply fetch(Fetch fetch) {
    fetches.increment();
    return answer(
        fetch.uri(),
        () -> {
          byte[] body = files.get(path(fetch.uri()));
          return body == null
              ? new Reply.Refused(404, "Not Found")
              : new Reply.Got(200, body, body.length, Optional.empty(), Optional.empty());
        });
  }

  @Override
  public Reply store(URI uri, String userAgent, byte[] body) {
    stores.increment();
    return answer(uri, () -> new Reply.Stored(201));
  }

  private Reply answer(URI uri, java.util.function.Supplier<Reply> normal) {
    int now = inFlight.incrementAndGet();
    mostInFlight.accumulateAndGet(now, Math::max);
    try {
      if (!delay.isZero()) {
        Thread.sleep(delay);
      }
      Integer status = statuses.get(path(uri));
      return status == null ? normal.get() : new Reply.Refused(status, "as told");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply.Unreachable("interrupted");
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private static String path(URI uri) {
    return ROOT.relativize(uri).getPath();
  }
}
