package dev.ucprov.sip.message;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An out-of-dialog {@code NOTIFY} with {@code Event: check-sync} and no body, as one client
 * transaction sends it (RFC 3261 §8.1.1, RFC 6665 §8.2.3).
 *
 * @param requestUri where it is addressed; also the To URI
 * @param transport {@code UDP}, {@code TCP} or {@code TLS}: the Via transport
 * @param sentBy our {@code host:port} in the Via, where UDP responses come back
 * @param branch the transaction id, {@code z9hG4bK}-prefixed (RFC 3261 §8.1.1.7)
 * @param fromUri our address of record
 * @param fromTag our tag; kept when the request is resent with credentials
 * @param callId kept when the request is resent with credentials
 * @param cseq 1, then 2 for the request answering a challenge
 * @param contact our Contact URI
 * @param userAgent the User-Agent value
 * @param authorization the credentials header answering a challenge, if any
 */
public record NotifyRequest(
    String requestUri,
    String transport,
    String sentBy,
    String branch,
    String fromUri,
    String fromTag,
    String callId,
    long cseq,
    String contact,
    String userAgent,
    Optional<Credentials> authorization) {

  public static final String METHOD = "NOTIFY";
  public static final int MAX_FORWARDS = 70;

  /** {@code Authorization} (for a 401) or {@code Proxy-Authorization} (for a 407) and its value. */
  public record Credentials(String header, String value) {}

  public NotifyRequest {
    for (String part :
        new String[] {
          requestUri, transport, sentBy, branch, fromUri, fromTag, callId, contact, userAgent
        }) {
      requireOneLine(part);
    }
    authorization.ifPresent(a -> requireOneLine(a.header() + a.value()));
  }

  /** The same request with a new branch and CSeq, carrying credentials (RFC 3261 §22.2). */
  public NotifyRequest answering(String newBranch, Credentials credentials) {
    return new NotifyRequest(
        requestUri,
        transport,
        sentBy,
        newBranch,
        fromUri,
        fromTag,
        callId,
        cseq + 1,
        contact,
        userAgent,
        Optional.of(credentials));
  }

  /** The request on the wire: CRLF line ends, headers in the order RFC 3261 §7.3.1 suggests. */
  public byte[] bytes() {
    StringBuilder m = new StringBuilder(512);
    line(m, METHOD + " " + requestUri + " SIP/2.0");
    String rport = transport.equals("UDP") ? ";rport" : "";
    line(m, "Via: SIP/2.0/" + transport + " " + sentBy + ";branch=" + branch + rport);
    line(m, "Max-Forwards: " + MAX_FORWARDS);
    line(m, "From: <" + fromUri + ">;tag=" + fromTag);
    line(m, "To: <" + requestUri + ">");
    line(m, "Call-ID: " + callId);
    line(m, "CSeq: " + cseq + " " + METHOD);
    line(m, "Contact: <" + contact + ">");
    line(m, "Event: check-sync");
    // RFC 6665 §8.2.3: every NOTIFY carries Subscription-State; there is no subscription here.
    line(m, "Subscription-State: terminated");
    line(m, "User-Agent: " + userAgent);
    authorization.ifPresent(a -> line(m, a.header() + ": " + a.value()));
    line(m, "Content-Length: 0");
    line(m, "");
    return m.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder message, String text) {
    message.append(text).append("\r\n");
  }

  private static void requireOneLine(String value) {
    if (value.chars().anyMatch(c -> c < ' ' || c == 127)) {
      throw new IllegalArgumentException("control character in a SIP header value: " + value);
    }
  }
}
