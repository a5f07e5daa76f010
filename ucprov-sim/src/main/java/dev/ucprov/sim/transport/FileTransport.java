package dev.ucprov.sim.transport;

import java.net.URI;

/**
 * One protocol's client, as a phone uses it: read a file, write a file. Implementations never throw
 * for a network failure (that is {@link Reply.Unreachable}) and must be safe to share between
 * phones running on many threads at once.
 */
public interface FileTransport {

  Reply fetch(Fetch fetch);

  /** Writes {@code body} as the whole file at {@code uri} (HTTP PUT, TFTP WRQ, FTP STOR). */
  Reply store(URI uri, String userAgent, byte[] body);
}
