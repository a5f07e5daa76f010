package dev.ucprov.sim.phone;

import dev.ucprov.sim.transport.Fetch;
import dev.ucprov.sim.transport.FileTransport;
import dev.ucprov.sim.transport.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A provisioning server in memory, as a transport: files by path under {@code http://prov/acme/},
 * ETags by content, uploads stored; it can be taken down. Records every request. Thread-safe.
 */
final class FakeServer implements FileTransport {

  static final String ROOT = "http://prov.example/acme/";

  record Request(String method, String path, String userAgent, Optional<String> ifNoneMatch) {}

  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();
  private volatile boolean down;

  FakeServer put(String path, String content) {
    files.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  FakeServer remove(String path) {
    files.remove(path);
    return this;
  }

  Optional<String> file(String path) {
    return Optional.ofNullable(files.get(path)).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  void down(boolean isDown) {
    down = isDown;
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  synchronized List<String> paths() {
    return requests.stream().map(r -> r.method() + " " + r.path()).toList();
  }

  synchronized void forget() {
    requests.clear();
  }

  @Override
  public Reply fetch(Fetch fetch) {
    String path = path(fetch.uri());
    synchronized (this) {
      requests.add(new Request("GET", path, fetch.userAgent(), fetch.ifNoneMatch()));
    }
    if (down) {
      return new Reply.Unreachable("ConnectException: Connection refused");
    }
    byte[] body = files.get(path);
    if (body == null) {
      return new Reply.Refused(404, "Not Found");
    }
    String etag = "\"" + sha256(body) + "\"";
    if (fetch.ifNoneMatch().equals(Optional.of(etag))) {
      return new Reply.NotModified();
    }
    return fetch.keepBody()
        ? new Reply.Got(200, body, body.length, Optional.empty(), Optional.of(etag))
        : new Reply.Got(
            200, new byte[0], body.length, Optional.of(sha256(body)), Optional.of(etag));
  }

  @Override
  public Reply store(URI uri, String userAgent, byte[] body) {
    String path = path(uri);
    synchronized (this) {
      requests.add(new Request("PUT", path, userAgent, Optional.empty()));
    }
    if (down) {
      return new Reply.Unreachable("ConnectException: Connection refused");
    }
    boolean first = files.put(path, body.clone()) == null;
    return new Reply.Stored(first ? 201 : 204);
  }

  private static String path(URI uri) {
    String text = uri.toString();
    if (!text.startsWith(ROOT)) {
      throw new AssertionError("outside the root: " + text);
    }
    return text.substring(ROOT.length());
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
