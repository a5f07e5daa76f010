package dev.ucprov.sim.transport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPReply;

/**
 * {@code ftp://[user:password@]host[:port]/path}: one session per transfer (login, passive, binary,
 * RETR or STOR, quit). Without user information the factory default {@code PlcmSpIp}/{@code
 * PlcmSpIp} is used (polycom-facts.md §5). The path is relative to the login directory (RFC 1738
 * §3.2.2). Replies map to statuses: 550 to 404, a refused login to 401, other failures to 500 with
 * the server's reply line. Thread-safe: each transfer has its own client.
 */
public final class FtpTransport implements FileTransport {

  public static final int DEFAULT_PORT = 21;

  private final Duration timeout;

  public FtpTransport(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Reply fetch(Fetch fetch) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    MessageDigest sha256 = HttpTransport.sha256();
    OutputStream sink =
        fetch.keepBody() ? kept : new DigestOutputStream(OutputStream.nullOutputStream(), sha256);
    CountingStream counted = new CountingStream(sink);
    return session(
        fetch.uri(),
        (ftp, file) -> {
          if (!ftp.retrieveFile(file, counted)) {
            return refused(ftp);
          }
          return fetch.keepBody()
              ? new Reply.Got(
                  200, kept.toByteArray(), counted.count, Optional.empty(), Optional.empty())
              : new Reply.Got(
                  200,
                  new byte[0],
                  counted.count,
                  Optional.of(HexFormat.of().formatHex(sha256.digest())),
                  Optional.empty());
        });
  }

  @Override
  public Reply store(URI uri, String userAgent, byte[] body) {
    return session(
        uri,
        (ftp, file) -> {
          try (InputStream in = new ByteArrayInputStream(body)) {
            return ftp.storeFile(file, in) ? new Reply.Stored(ftp.getReplyCode()) : refused(ftp);
          }
        });
  }

  private interface Transfer {
    Reply run(FTPClient ftp, String file) throws IOException;
  }

  private Reply session(URI uri, Transfer transfer) {
    FTPClient ftp = new FTPClient();
    int millis = (int) timeout.toMillis();
    ftp.setConnectTimeout(millis);
    ftp.setDefaultTimeout(millis);
    ftp.setDataTimeout(timeout);
    try {
      ftp.connect(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
      if (!FTPReply.isPositiveCompletion(ftp.getReplyCode())) {
        return new Reply.Refused(500, "FTP greeting: " + ftp.getReplyString().strip());
      }
      Credentials login =
          Optional.ofNullable(uri.getRawUserInfo())
              .map(Credentials::fromUserInfo)
              .orElse(Credentials.POLYCOM_FTP);
      if (!ftp.login(login.user(), login.password())) {
        return new Reply.Refused(401, "FTP login: " + ftp.getReplyString().strip());
      }
      ftp.enterLocalPassiveMode();
      ftp.setFileType(FTP.BINARY_FILE_TYPE);
      Reply reply = transfer.run(ftp, fileName(uri));
      ftp.logout();
      return reply;
    } catch (IOException e) {
      return new Reply.Unreachable(e.getClass().getSimpleName() + ": " + e.getMessage());
    } finally {
      try {
        if (ftp.isConnected()) {
          ftp.disconnect();
        }
      } catch (IOException e) {
        // the transfer's outcome is known; a failed goodbye changes nothing
      }
    }
  }

  private static Reply refused(FTPClient ftp) {
    int code = ftp.getReplyCode();
    int status = code == 550 ? 404 : code == 530 ? 401 : 500;
    return new Reply.Refused(status, "FTP " + ftp.getReplyString().strip());
  }

  static String fileName(URI uri) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return URLDecoder.decode(relative.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static final class CountingStream extends OutputStream {
    private final OutputStream out;
    private long count;

    CountingStream(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      count += length;
    }
  }
}
