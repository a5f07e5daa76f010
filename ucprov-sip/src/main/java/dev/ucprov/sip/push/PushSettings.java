package dev.ucprov.sip.push;

import dev.ucprov.sip.TrustSettings;
import java.time.Duration;

/**
 * How the Push API client runs.
 *
 * @param connectTimeout to open the connection to the phone
 * @param requestTimeout for each request, from sending to the response headers
 * @param trust which phone certificates to accept over HTTPS (the host name is always checked)
 * @param userAgent the User-Agent header
 */
public record PushSettings(
    Duration connectTimeout, Duration requestTimeout, TrustSettings trust, String userAgent) {

  public static PushSettings defaults() {
    return new PushSettings(
        Duration.ofSeconds(5), Duration.ofSeconds(10), TrustSettings.jdkDefaults(), "ucprov");
  }

  public PushSettings withTimeouts(Duration connect, Duration request) {
    return new PushSettings(connect, request, trust, userAgent);
  }

  public PushSettings withTrust(TrustSettings newTrust) {
    return new PushSettings(connectTimeout, requestTimeout, newTrust, userAgent);
  }
}
