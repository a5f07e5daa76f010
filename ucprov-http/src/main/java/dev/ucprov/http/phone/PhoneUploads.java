package dev.ucprov.http.phone;

import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.Routing;
import dev.ucprov.core.provisioning.UploadAdmission;
import dev.ucprov.core.provisioning.UploadReply;
import dev.ucprov.core.provisioning.UploadTicket;
import dev.ucprov.core.provisioning.Uploads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP PUT of a file phones write (polycom-facts.md §4: a PUT replaces the whole file). The core
 * admits the request before the body is read; the body is then read up to the cap of its kind and
 * not one byte more than {@code cap + 1}, so an oversized body is refused with 413 without being
 * held; a body that ends early (the client went away) stores nothing. Success is 201 for a file's
 * first version, 204 after that, with the stored content's ETag; refusals are plain text naming the
 * problem. Blocking: runs on the request's virtual thread.
 */
final class PhoneUploads {

  private static final Logger LOG = LoggerFactory.getLogger(PhoneUploads.class);

  private static final int CHUNK = 16 * 1024;

  private final Uploads uploads;
  private final PhoneAccess access;

  PhoneUploads(Uploads uploads, PhoneAccess access) {
    this.uploads = uploads;
    this.access = access;
  }

  /** What was answered, and where the request went, for the access log. */
  record Answer(Sent sent, Routing routing) {}

  /**
   * @param staleNonce whether the request's Digest nonce had expired, for a 401's challenge
   */
  Answer answer(Request request, Response response, FileRequest fileRequest, boolean staleNonce)
      throws IOException {
    return switch (uploads.admit(fileRequest, request.getMethod())) {
      case UploadAdmission.Refused refused -> {
        UploadReply.Refused reply = refused.reply();
        // The body was not read: the connection ends after this answer, and says so, or a client
        // that pools connections sends its next request into one the server is closing.
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        Sent sent =
            reply.status() == 401
                ? access.challenge(
                    request,
                    response,
                    new FileReply.Challenge(reply.message(), reply.routing()),
                    staleNonce,
                    Delivery.BLOCKING)
                : refusal(response, reply);
        yield new Answer(sent, reply.routing());
      }
      case UploadAdmission.Admitted admitted -> {
        UploadReply reply = receive(request, admitted.ticket());
        yield new Answer(sent(response, reply), reply.routing());
      }
    };
  }

  /**
   * The reply encoded; a client that went away mid-body usually cannot read it, which changes
   * nothing: the core has decided and recorded it already.
   */
  private static Sent sent(Response response, UploadReply reply) {
    try {
      return encode(response, reply);
    } catch (IOException e) {
      LOG.debug("upload reply not delivered", e);
      return new Sent(status(reply), 0);
    }
  }

  private static int status(UploadReply reply) {
    return switch (reply) {
      case UploadReply.Stored stored -> stored.created() ? 201 : 204;
      case UploadReply.Refused refused -> refused.status();
      case UploadReply.Failed failed -> 500;
    };
  }

  /** Reads the body within the ticket's cap and hands it to the core. */
  private UploadReply receive(Request request, UploadTicket ticket) {
    long declared = request.getLength();
    if (declared > ticket.cap()) {
      return uploads.tooLarge(ticket, declared);
    }
    ByteArrayOutputStream body =
        new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), ticket.cap()) + 1);
    try (InputStream in = Content.Source.asInputStream(request)) {
      // A declared length sizes the chunk: a phone's log is a few KB, the chunk 16.
      byte[] chunk = new byte[declared >= 0 ? (int) Math.min(CHUNK, declared + 1) : CHUNK];
      while (body.size() <= ticket.cap()) {
        int n = in.read(chunk, 0, (int) Math.min(chunk.length, ticket.cap() + 1 - body.size()));
        if (n < 0) {
          break;
        }
        body.write(chunk, 0, n);
      }
    } catch (IOException e) {
      LOG.debug("upload {} cut short after {} bytes", ticket.request().path(), body.size(), e);
      return uploads.cutShort(ticket, body.size());
    }
    if (body.size() > ticket.cap()) {
      return uploads.tooLarge(ticket, body.size());
    }
    if (declared >= 0 && body.size() < declared) {
      return uploads.cutShort(ticket, body.size());
    }
    return uploads.store(ticket, body.toByteArray());
  }

  private static Sent encode(Response response, UploadReply reply) throws IOException {
    return switch (reply) {
      case UploadReply.Stored stored -> {
        int status = status(stored);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.ETAG, '"' + stored.version().sha256() + '"');
        if (status == 201) {
          response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
        }
        Content.Sink.write(response, true, ByteBuffer.allocate(0));
        yield new Sent(status, 0);
      }
      case UploadReply.Refused refused -> refusal(response, refused);
      case UploadReply.Failed failed -> {
        LOG.error("upload answered 500: {}", failed.reason());
        yield text(response, 500, "Internal Server Error");
      }
    };
  }

  private static Sent refusal(Response response, UploadReply.Refused refused) throws IOException {
    switch (refused.status()) {
      case 401, 403 -> {
        // The policy's reason is for the operator; the phone learns nothing from it.
        LOG.debug("upload answered {}: {}", refused.status(), refused.message());
        return text(
            response, refused.status(), refused.status() == 401 ? "Unauthorized" : "Forbidden");
      }
      case 405 -> response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      // Part of the body may still be unread: close rather than read it to keep the connection.
      case 413 -> response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);
      default -> {
        // nothing to add
      }
    }
    return text(response, refused.status(), refused.message());
  }

  private static Sent text(Response response, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    Content.Sink.write(response, true, ByteBuffer.wrap(body));
    return new Sent(status, body.length);
  }
}
