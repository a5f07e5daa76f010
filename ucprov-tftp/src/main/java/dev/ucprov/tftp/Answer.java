package dev.ucprov.tftp;

import dev.ucprov.core.provisioning.Routing;

/**
 * How one request was answered, in the terms the access log, the metrics and the inventory share
 * with HTTP.
 *
 * @param status the HTTP equivalent: 200 sent whole, 201/204 stored, 400 refused options or a bad
 *     mode, 401/403 access violation, 404 not found, 408 the client stopped answering, 413 over the
 *     cap, 429 refused for abuse, 499 the client ended it with an error packet, 500 our failure,
 *     503 too many transfers
 * @param bytes file bytes delivered (read) or received (write)
 */
record Answer(int status, long bytes, Routing routing) {

  static Answer of(int status, Routing routing) {
    return new Answer(status, 0, routing);
  }
}
