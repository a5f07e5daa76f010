package dev.ucprov.http.phone;

import dev.ucprov.http.wire.HttpDates;
import java.time.Instant;
import java.util.Optional;

/**
 * What a served file can be validated by, and the conditional-request rules of RFC 9110 section 13
 * that phones use: If-None-Match and If-Modified-Since for GET and HEAD (section 13.2.2 steps 3 and
 * 4), If-Range for a range request (section 13.1.5).
 *
 * <p>If-Match and If-Unmodified-Since are not evaluated: phones never send them on GET, and the
 * phone listener has no method that changes state.
 *
 * @param etag the file's strong entity tag
 * @param lastModified when it changed, at the one-second precision of HTTP dates
 */
record Validators(EntityTag etag, Instant lastModified) {

  Validators {
    lastModified = HttpDates.toSeconds(lastModified);
  }

  /**
   * Whether a GET or HEAD is answered 304. If-None-Match wins when present (weak comparison, {@code
   * *} matches any file); If-Modified-Since counts only without it, and only when it is a valid
   * date.
   */
  boolean notModified(Optional<String> ifNoneMatch, Optional<String> ifModifiedSince) {
    if (ifNoneMatch.isPresent()) {
      String list = ifNoneMatch.get().trim();
      if (list.equals("*")) {
        return true;
      }
      return EntityTag.parseList(list).stream().anyMatch(etag::weaklyMatches);
    }
    return ifModifiedSince
        .flatMap(HttpDates::parse)
        .map(since -> !lastModified.isAfter(since))
        .orElse(false);
  }

  /**
   * Whether a Range header may be honoured: yes without If-Range; with it, only when it names this
   * file's entity tag (strong comparison) or exactly its Last-Modified date.
   */
  boolean rangeAllowed(Optional<String> ifRange) {
    if (ifRange.isEmpty()) {
      return true;
    }
    String value = ifRange.get().trim();
    Optional<EntityTag> tag = EntityTag.parseOne(value);
    if (tag.isPresent()) {
      return tag.get().stronglyMatches(etag);
    }
    return HttpDates.parse(value).map(lastModified::equals).orElse(false);
  }
}
