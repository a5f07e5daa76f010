package dev.ucprov.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request exactly as written, for the request lines a proper client refuses to send (a bad
 * percent-encoding, a backslash, a bare path with odd bytes). Reads until the server closes.
 */
final class RawHttp {

  private RawHttp() {}

  /** The response's status code, sending {@code METHOD target HTTP/1.1} with Connection: close. */
  static int status(int port, String method, String target) throws IOException {
    String response =
        send(
            port,
            method
                + " "
                + target
                + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
    return Integer.parseInt(response.substring(9, 12));
  }

  static String send(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
