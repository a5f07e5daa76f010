package dev.ucprov.http.admin;

/**
 * A request the API refuses, with the status and the message its JSON error carries. Thrown from
 * deep in request parsing (a field of a JSON body, a query parameter) so each parser need not
 * thread an outcome back through every caller; the handler turns it into {@code {"error": ...}}.
 */
final class ApiError extends RuntimeException {

  private final int status;

  ApiError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  static ApiError conflict(String message) {
    return new ApiError(409, message);
  }

  int status() {
    return status;
  }
}
