package dev.ucprov.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ucprov.core.files.BlobRef;
import java.util.List;

/** What an admin route answers; the handler writes it. */
sealed interface ApiReply {

  int status();

  /** A JSON document. */
  record Json(int status, JsonNode body) implements ApiReply {}

  /** Raw bytes, as a stored file's content is returned. */
  record Raw(int status, String contentType, byte[] body) implements ApiReply {}

  /**
   * A refusal, written as {@code {"error": message}}.
   *
   * @param allowed the methods the path accepts, sent as {@code Allow} with a 405
   */
  record Failure(int status, String message, List<String> allowed) implements ApiReply {
    public Failure {
      allowed = List.copyOf(allowed);
    }

    public Failure(int status, String message) {
      this(status, message, List.of());
    }
  }

  /** A stored file's content, streamed from the blob store. */
  record Stored(BlobRef blob, java.time.Instant lastModified) implements ApiReply {
    @Override
    public int status() {
      return 200;
    }
  }

  /** Nothing to say: 204. */
  record NoContent() implements ApiReply {
    @Override
    public int status() {
      return 204;
    }
  }

  static ApiReply ok(JsonNode body) {
    return new Json(200, body);
  }

  static ApiReply created(JsonNode body) {
    return new Json(201, body);
  }
}
