package dev.ucprov.http.phone;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.MemoryOnly;
import dev.ucprov.http.wire.HttpDates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Encodes a {@link FileReply.Served}: validators, 304 for a conditional request that matches, 206
 * or 416 for a Range request (see {@link ByteRange} for the choices), and the body written from
 * memory, or from the blob store: whole when small, else in chunks, so firmware is never held
 * whole. A body of more than one chunk needs a virtual thread ({@link MemoryOnly#check}); all else
 * goes through the caller's {@link Delivery}.
 */
final class ServedFileWriter {

  private static final int CHUNK = 64 * 1024;

  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0).asReadOnlyBuffer();

  private final BlobStore blobs;

  ServedFileWriter(BlobStore blobs) {
    this.blobs = blobs;
  }

  /** Writes the reply; empty when the stored body is missing (the caller answers 500). */
  Optional<Sent> write(Request request, Response response, FileReply.Served served, Delivery out)
      throws IOException {
    HttpFields headers = request.getHeaders();
    Validators validators = new Validators(EntityTag.strong(served.etag()), served.lastModified());
    HttpFields.Mutable fields = response.getHeaders();
    fields.put(HttpHeader.ETAG, validators.etag().header());
    fields.put(HttpHeader.LAST_MODIFIED, HttpDates.format(validators.lastModified()));
    fields.put(HttpHeader.ACCEPT_RANGES, "bytes");
    if (validators.notModified(
        header(headers, HttpHeader.IF_NONE_MATCH), header(headers, HttpHeader.IF_MODIFIED_SINCE))) {
      response.setStatus(304);
      return Optional.of(out.last(response, EMPTY, new Sent(304, 0)));
    }
    long length = served.body().size();
    ByteRange range = range(request, validators, length);
    if (range instanceof ByteRange.Unsatisfiable unsatisfiable) {
      response.setStatus(416);
      fields.put(HttpHeader.CONTENT_RANGE, unsatisfiable.contentRange());
      fields.put(HttpHeader.CONTENT_LENGTH, 0);
      return Optional.of(out.last(response, EMPTY, new Sent(416, 0)));
    }
    ByteRange.Part part =
        range instanceof ByteRange.Part p ? p : new ByteRange.Part(0, length - 1, length);
    boolean partial = range instanceof ByteRange.Part;
    return body(request, response, served, part, partial, out);
  }

  private Optional<Sent> body(
      Request request,
      Response response,
      FileReply.Served served,
      ByteRange.Part part,
      boolean partial,
      Delivery out)
      throws IOException {
    long count = part.length() == 0 ? 0 : part.size();
    boolean head = request.getMethod().equals("HEAD");
    Optional<InputStream> stream = Optional.empty();
    if (!head && served.body() instanceof FileReply.Body.Stored stored) {
      if (count > CHUNK) {
        // Streamed in chunks, each write waiting for the last: not on a network thread.
        MemoryOnly.check();
      }
      stream = blobs.open(stored.blob());
      if (stream.isEmpty()) {
        return Optional.empty();
      }
    }
    int status = partial ? 206 : 200;
    response.setStatus(status);
    HttpFields.Mutable fields = response.getHeaders();
    fields.put(HttpHeader.CONTENT_TYPE, served.contentType());
    fields.put(HttpHeader.CONTENT_LENGTH, count);
    if (partial) {
      fields.put(HttpHeader.CONTENT_RANGE, part.contentRange());
    }
    if (head) {
      return Optional.of(out.last(response, EMPTY, new Sent(status, 0)));
    }
    Sent sent = new Sent(status, count);
    content(response, served.body(), stream, part.first(), count, sent, out);
    return Optional.of(sent);
  }

  /** The body's bytes {@code first .. first + count - 1}, from memory or the opened blob. */
  private static void content(
      Response response,
      FileReply.Body body,
      Optional<InputStream> stream,
      long first,
      long count,
      Sent sent,
      Delivery out)
      throws IOException {
    switch (body) {
      case FileReply.Body.Bytes bytes ->
          out.last(response, ByteBuffer.wrap(bytes.content(), (int) first, (int) count), sent);
      case FileReply.Body.Stored stored -> {
        try (InputStream in = stream.orElseThrow()) {
          if (count <= CHUNK) {
            in.skipNBytes(first);
            byte[] all = in.readNBytes((int) count);
            if (all.length < count) {
              throw new IOException("stored body ended " + (count - all.length) + " bytes early");
            }
            out.last(response, ByteBuffer.wrap(all), sent);
          } else {
            copy(in, response, first, count);
          }
        }
      }
    }
  }

  private static ByteRange range(Request request, Validators validators, long length) {
    String header = request.getHeaders().get(HttpHeader.RANGE);
    if (header == null || !request.getMethod().equals("GET")) {
      return new ByteRange.Whole();
    }
    if (!validators.rangeAllowed(header(request.getHeaders(), HttpHeader.IF_RANGE))) {
      return new ByteRange.Whole();
    }
    return ByteRange.of(header, length);
  }

  /** Copies {@code count} bytes from {@code first}; a short blob fails the response. */
  private static void copy(InputStream in, Response response, long first, long count)
      throws IOException {
    in.skipNBytes(first);
    byte[] buffer = new byte[(int) Math.min(CHUNK, Math.max(count, 1))];
    long left = count;
    while (left > 0) {
      int n = in.readNBytes(buffer, 0, (int) Math.min(buffer.length, left));
      if (n <= 0) {
        throw new IOException("stored body ended " + left + " bytes early");
      }
      left -= n;
      Content.Sink.write(response, left == 0, ByteBuffer.wrap(buffer, 0, n));
    }
  }

  /** A header's values joined as one list, as RFC 9110 section 5.3 allows. */
  static Optional<String> header(HttpFields headers, HttpHeader name) {
    var values = headers.getValuesList(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
  }
}
