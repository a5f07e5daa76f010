package dev.ucprov.http.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a Range header (RFC 9110 section 14.2) applies to a file of a given length.
 *
 * <p>Decisions: a header that is not {@code bytes=} with a valid range set is ignored (the whole
 * file, as section 14.2 allows); a single range is answered 206, or 416 when it starts past the
 * end; several ranges are answered with the whole file (200) rather than a multipart body, unless
 * none of them is satisfiable (416). Phones ask for one range when they resume a firmware download;
 * multipart answers buy nothing for them. An empty file is always sent whole.
 */
sealed interface ByteRange {

  /** Send everything, 200. */
  record Whole() implements ByteRange {}

  /** Send bytes {@code first..last} inclusive, 206. */
  record Part(long first, long last, long length) implements ByteRange {
    long size() {
      return last - first + 1;
    }

    /** The Content-Range value, {@code bytes 0-99/1000}. */
    String contentRange() {
      return "bytes " + first + "-" + last + "/" + length;
    }
  }

  /** Nothing of the file is in the range, 416 with {@code Content-Range: bytes *}{@code /len}. */
  record Unsatisfiable(long length) implements ByteRange {
    String contentRange() {
      return "bytes */" + length;
    }
  }

  /** A byte-range-spec as written: first and last position, or a suffix length. */
  record Spec(long first, Optional<Long> last, boolean suffix) {}

  static ByteRange of(String header, long length) {
    if (length == 0) {
      return new Whole();
    }
    Optional<List<Spec>> specs = parse(header);
    if (specs.isEmpty()) {
      return new Whole();
    }
    List<Part> satisfiable = new ArrayList<>();
    for (Spec spec : specs.get()) {
      resolve(spec, length).ifPresent(satisfiable::add);
    }
    if (satisfiable.isEmpty()) {
      return new Unsatisfiable(length);
    }
    return specs.get().size() == 1 ? satisfiable.get(0) : new Whole();
  }

  private static Optional<Part> resolve(Spec spec, long length) {
    if (spec.suffix()) {
      long count = Math.min(spec.first(), length);
      return count == 0
          ? Optional.empty()
          : Optional.of(new Part(length - count, length - 1, length));
    }
    if (spec.first() >= length) {
      return Optional.empty();
    }
    long last = Math.min(spec.last().orElse(length - 1), length - 1);
    return Optional.of(new Part(spec.first(), last, length));
  }

  /** The specs of a {@code bytes=} header, or empty when the header is not one we honour. */
  private static Optional<List<Spec>> parse(String header) {
    String value = header.trim();
    int equals = value.indexOf('=');
    if (equals < 0 || !value.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("bytes")) {
      return Optional.empty();
    }
    List<Spec> specs = new ArrayList<>();
    for (String member : value.substring(equals + 1).split(",", -1)) {
      String text = member.trim();
      if (text.isEmpty()) {
        continue; // section 5.6.1: empty list elements are allowed and not counted
      }
      Optional<Spec> spec = spec(text);
      if (spec.isEmpty()) {
        return Optional.empty();
      }
      specs.add(spec.get());
    }
    return specs.isEmpty() ? Optional.empty() : Optional.of(specs);
  }

  private static Optional<Spec> spec(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      return Optional.empty();
    }
    Optional<Long> first = digits(text.substring(0, dash));
    Optional<Long> last = digits(text.substring(dash + 1));
    if (dash == 0) {
      return last.map(suffix -> new Spec(suffix, Optional.empty(), true));
    }
    if (first.isEmpty() || (dash + 1 < text.length() && last.isEmpty())) {
      return Optional.empty();
    }
    if (last.isPresent() && last.get() < first.get()) {
      return Optional.empty(); // section 14.1.1: an invalid range makes the whole set invalid
    }
    return Optional.of(new Spec(first.get(), last, false));
  }

  /** 1*DIGIT, saturating at Long.MAX_VALUE: a position past any file is still a position. */
  private static Optional<Long> digits(String text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : value * 10 + (c - '0');
    }
    return Optional.of(value);
  }
}
