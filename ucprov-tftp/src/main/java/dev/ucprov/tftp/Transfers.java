package dev.ucprov.tftp;

import dev.ucprov.core.abuse.Admission;
import dev.ucprov.core.access.Proof;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.Routing;
import dev.ucprov.tftp.wire.ErrorCode;
import dev.ucprov.tftp.wire.Packet;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each request on its own port and platform thread: the abuse guard's admission first, the
 * mode checked, the request handed to {@link ReadTransfer} or {@link WriteTransfer}; then one
 * access line and one count, whatever happened. Thread-safe.
 */
final class Transfers {

  private static final Logger LOG = LoggerFactory.getLogger(Transfers.class);

  static final Routing NOWHERE = Routing.nowhere();

  /** What tells a retransmitted request from a new one: the client's address and port, and it. */
  record Key(InetSocketAddress client, Packet.Request request) {}

  /** A started transfer: its thread, and its port to close when the server stops. */
  record Running(Thread thread, TransferPort port) {
    void stop() {
      port.close();
      thread.interrupt();
    }
  }

  private final TftpSetup setup;
  private final InetAddress local;
  private final ReadTransfer reads;
  private final WriteTransfer writes;

  Transfers(TftpSetup setup, InetAddress local) {
    this.setup = setup;
    this.local = local;
    this.reads = new ReadTransfer(setup.service(), setup.blobs(), setup.limits());
    this.writes = new WriteTransfer(setup.uploads(), setup.limits());
  }

  /**
   * Opens the transfer's port and makes its (unstarted) thread, which runs {@code ended} last. A
   * platform thread, not a virtual one: a lockstep transfer waits for every ACK, and a virtual
   * thread's wait goes through the JDK's poller and back to a carrier, two thread switches per
   * block that made reads 2 to 3 times slower than tftpd-hpa on a busy machine (ADR 0017). Their
   * number is bounded by the listener's limit of transfers.
   *
   * @throws IOException when no port can be bound
   */
  Running start(Packet.Request request, InetSocketAddress client, long arrived, Runnable ended)
      throws IOException {
    TransferPort port = TransferPort.open(local, client);
    Thread thread =
        Thread.ofPlatform()
            .daemon(true)
            .name("tftp-" + port.localPort())
            .unstarted(() -> {
              try {
                run(request, client, port, arrived);
              } finally {
                ended.run();
              }
            });
    return new Running(thread, port);
  }

  private void run(Packet.Request request, InetSocketAddress client, TransferPort port, long at) {
    Answer answer = Answer.of(500, NOWHERE);
    try (port) {
      answer = answer(request, client, port);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The port closed (the server stopping) or the network failed mid-transfer.
      LOG.debug("TFTP transfer of {} with {} ended: {}", request.fileName(), client, e.toString());
    } catch (RuntimeException e) {
      LOG.error("TFTP transfer of {} with {} failed", request.fileName(), client, e);
    } finally {
      record(request, client, answer, at);
    }
  }

  private Answer answer(Packet.Request request, InetSocketAddress client, TransferPort port)
      throws IOException, InterruptedException {
    String source = client.getAddress().getHostAddress();
    switch (setup.service().admission(source)) {
      case Admission.Admitted admitted -> {}
      case Admission.Slowed slowed -> TimeUnit.NANOSECONDS.sleep(slowed.delay().toNanos());
      case Admission.Refused refused -> {
        port.send(
            Packet.Error.of(
                ErrorCode.UNDEFINED, "Too many failed requests from this address; try later"));
        return Answer.of(429, NOWHERE);
      }
    }
    if (!request.mode().equals(TftpServer.OCTET) && !request.mode().equals(TftpServer.NETASCII)) {
      port.send(
          Packet.Error.of(
              ErrorCode.ILLEGAL_OPERATION,
              "Mode " + shown(request.mode()) + " is not supported: use octet or netascii"));
      return Answer.of(400, NOWHERE);
    }
    FileRequest fileRequest =
        new FileRequest(
            Protocol.TFTP, Optional.empty(), path(request.fileName()), source, "", Proof.none());
    return request.write()
        ? writes.serve(request, fileRequest, port)
        : reads.serve(request, fileRequest, port);
  }

  /** The access line and the count of one request. */
  void record(Packet.Request request, InetSocketAddress client, Answer answer, long arrived) {
    TransferRecord record =
        new TransferRecord(
            setup.clock().instant(),
            client.getAddress().getHostAddress(),
            answer.routing().tenant(),
            request.write() ? "WRQ" : "RRQ",
            request.fileName(),
            answer.status(),
            answer.bytes(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrived));
    setup.accessLog().info(record.accessLine().format());
    setup.counter().ended(record);
  }

  /** The request path: the name without leading slashes ({@code /acme/x.cfg} asks for the same). */
  static String path(String fileName) {
    int start = 0;
    while (start < fileName.length() && fileName.charAt(start) == '/') {
      start++;
    }
    return fileName.substring(start);
  }

  private static String shown(String text) {
    return text.length() > 20 ? text.substring(0, 20) + "..." : text;
  }
}
