package dev.ucprov.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 exchange over a fresh socket ({@code Connection: close}), from a chosen loopback
 * address, with the response's status, headers and body, for tests that write Authorization headers
 * themselves.
 */
record RawExchange(int status, List<String> headers, String body, long millis) {

  static RawExchange get(int port, String target, String... headerLines) throws IOException {
    return from("127.0.0.1", port, target, headerLines);
  }

  /** From {@code localAddress} (any 127.x.y.z works on Linux loopback). */
  static RawExchange from(String localAddress, int port, String target, String... headerLines)
      throws IOException {
    StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String line : headerLines) {
      request.append(line).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      long millis = (System.nanoTime() - start) / 1_000_000;
      return parse(all.toString(StandardCharsets.UTF_8), millis);
    }
  }

  private static RawExchange parse(String response, long millis) {
    int end = response.indexOf("\r\n\r\n");
    String[] lines = response.substring(0, end).split("\r\n");
    List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
    return new RawExchange(
        Integer.parseInt(lines[0].substring(9, 12)), headers, response.substring(end + 4), millis);
  }

  /** Every value of a header, in order. */
  List<String> all(String name) {
    String prefix = name.toLowerCase(Locale.ROOT) + ":";
    return headers.stream()
        .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
        .map(h -> h.substring(prefix.length()).strip())
        .toList();
  }

  Optional<String> first(String name) {
    return all(name).stream().findFirst();
  }
}
