package dev.ucprov.core.abuse;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.core.tenant.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A suspicious request, counted against its source address. {@link #line} is the one log line it
 * makes, fixed so that a fail2ban filter can match it (docs/fail2ban/ucprov.conf):
 *
 * <pre>
 * 2026-11-25T18:00:00.123Z auth-failed from 192.0.2.10 tenant=acme user=alice path=acme/0004f2aabbcc.cfg
 * 2026-11-25T18:00:00.123Z unknown-mac from 192.0.2.10 tenant=acme mac=0004f2aabbcc path=acme/0004f2aabbcc.cfg
 * 2026-11-25T18:00:00.123Z auth-failed from 192.0.2.10 tenant=- user=alice path=-
 * </pre>
 *
 * The source is the first thing after the kind; every value a client chose (user, path) has spaces,
 * control characters, {@code %} and non-ASCII characters percent-encoded and is cut at 128
 * characters, so nothing it sends can forge another field or another line.
 */
public sealed interface SecurityEvent {

  String source();

  /**
   * The log line for an event that happened at {@code time}, which is shown to the millisecond
   * (fail2ban's {@code %f} reads at most six digits).
   */
  String line(Instant time);

  /** Credentials that matched nothing, a malformed or forged digest, or a replayed one. */
  record AuthFailed(String source, TenantId tenant, String user, String path)
      implements SecurityEvent {
    @Override
    public String line(Instant time) {
      return time.truncatedTo(ChronoUnit.MILLIS)
          + " auth-failed from "
          + safe(source)
          + " tenant="
          + tenant
          + " user="
          + safe(user)
          + " path="
          + safe(path);
    }
  }

  /**
   * A refused login of a protocol with sessions (FTP), before any file is asked for: the same
   * {@code auth-failed} line with {@code path=-}, and {@code tenant=-} when the login pointed at no
   * tenant.
   *
   * @param tenant the tenant the user name or the source address pointed at, if any
   */
  record LoginFailed(String source, Optional<TenantId> tenant, String user)
      implements SecurityEvent {
    @Override
    public String line(Instant time) {
      return time.truncatedTo(ChronoUnit.MILLIS)
          + " auth-failed from "
          + safe(source)
          + " tenant="
          + tenant.map(TenantId::value).orElse("-")
          + " user="
          + safe(user)
          + " path=-";
    }
  }

  /** A file named by a MAC that is no device of the tenant, answered 404. */
  record UnknownMac(String source, TenantId tenant, MacAddress mac, String path)
      implements SecurityEvent {
    @Override
    public String line(Instant time) {
      return time.truncatedTo(ChronoUnit.MILLIS)
          + " unknown-mac from "
          + safe(source)
          + " tenant="
          + tenant
          + " mac="
          + mac
          + " path="
          + safe(path);
    }
  }

  private static String safe(String text) {
    if (text.isEmpty()) {
      return "-";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(128)
        .forEach(c -> {
          if (c <= 0x20 || c >= 0x7f || c == '%') {
            for (byte b : Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
              out.append('%').append(String.format("%02X", b & 0xff));
            }
          } else {
            out.appendCodePoint(c);
          }
        });
    return out.toString();
  }
}
