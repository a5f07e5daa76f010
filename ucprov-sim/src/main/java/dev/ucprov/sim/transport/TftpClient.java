package dev.ucprov.sim.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One TFTP transfer (RFC 1350) with the block size option (RFC 2348) and the transfer size option
 * (RFC 2349), as a phone reads and writes its files (polycom-facts.md §5). A server that ignores
 * the options is answered in plain RFC 1350 with 512-byte blocks.
 *
 * <p>Lock-step: each packet is sent again after {@code timeout} without an answer, at most {@code
 * retries} times, then the transfer is abandoned. Packets from any address but the server's chosen
 * port are ignored (RFC 1350 §4). Not thread-safe: one instance per transfer.
 */
final class TftpClient {

  static final int PLAIN_BLOCK = 512;

  /** Far above any phone image; a server sending more is broken or hostile. */
  static final long MAX_READ = 1L << 30;

  private static final int MAX_STRAYS = 10_000;

  /** Thrown for a transfer that the server refused with an ERROR packet. */
  static final class Refusal extends Exception {
    final int code;

    Refusal(int code, String message) {
      super(message);
      this.code = code;
    }
  }

  private final InetSocketAddress server;
  private final Duration timeout;
  private final int retries;
  private final int blockSize;
  private int used = PLAIN_BLOCK;

  TftpClient(InetSocketAddress server, Duration timeout, int retries, int blockSize) {
    this.server = server;
    this.timeout = timeout;
    this.retries = retries;
    this.blockSize = blockSize;
  }

  /** Reads {@code file} into {@code sink}; the number of bytes read. */
  long read(String file, OutputStream sink) throws IOException, Refusal {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("blksize", Integer.toString(blockSize));
    options.put("tsize", "0");
    try (DatagramSocket socket = socket()) {
      Exchange exchange = new Exchange(socket, TftpPacket.request(TftpPacket.RRQ, file, options));
      int size = PLAIN_BLOCK;
      int expected = 1;
      long total = 0;
      // Bounded: each pass either takes a block (the file is finite and capped) or ignores a
      // packet (capped by the exchange), and silence ends it after the retries.
      while (true) {
        TftpPacket packet = exchange.next();
        if (packet instanceof TftpPacket.OptionAck ack && expected == 1) {
          size = agreedBlockSize(ack);
          used = size;
          exchange.send(TftpPacket.ack(0));
        } else if (packet instanceof TftpPacket.Data data && data.block() == (expected & 0xffff)) {
          sink.write(data.bytes(), data.offset(), data.length());
          total += data.length();
          if (total > MAX_READ) {
            throw new IOException("the file is larger than " + MAX_READ + " bytes");
          }
          exchange.send(TftpPacket.ack(data.block()));
          if (data.length() < size) {
            return total;
          }
          expected++;
        } else if (packet instanceof TftpPacket.Error error) {
          throw new Refusal(error.code(), error.message());
        } else {
          exchange.ignore();
        }
      }
    }
  }

  /** Writes {@code content} as {@code file}. */
  void write(String file, byte[] content) throws IOException, Refusal {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("blksize", Integer.toString(blockSize));
    options.put("tsize", Integer.toString(content.length));
    try (DatagramSocket socket = socket()) {
      Exchange exchange = new Exchange(socket, TftpPacket.request(TftpPacket.WRQ, file, options));
      int size =
          switch (exchange.next()) {
            case TftpPacket.OptionAck ack -> agreedBlockSize(ack);
            case TftpPacket.Ack ack when ack.block() == 0 -> PLAIN_BLOCK;
            case TftpPacket.Error error -> throw new Refusal(error.code(), error.message());
            default -> throw new IOException("the server answered the write request with no ACK");
          };
      used = size;
      // The last block is shorter than the block size, so a multiple ends with an empty block.
      int blocks = content.length / size + 1;
      for (int block = 1; block <= blocks; block++) {
        int offset = (block - 1) * size;
        int length = Math.min(size, content.length - offset);
        exchange.send(TftpPacket.data(block & 0xffff, content, offset, length));
        awaitAck(exchange, block & 0xffff);
      }
    }
  }

  /** The block size of the last transfer: the one the server agreed to, else 512. */
  int blockSizeUsed() {
    return used;
  }

  private static void awaitAck(Exchange exchange, int block) throws IOException, Refusal {
    while (true) {
      switch (exchange.next()) {
        case TftpPacket.Ack ack when ack.block() == block -> {
          return;
        }
        case TftpPacket.Error error -> throw new Refusal(error.code(), error.message());
        default -> exchange.ignore();
      }
    }
  }

  private int agreedBlockSize(TftpPacket.OptionAck ack) throws IOException {
    String value = ack.options().get("blksize");
    if (value == null) {
      return PLAIN_BLOCK;
    }
    try {
      int agreed = Integer.parseInt(value.strip());
      if (agreed < 8 || agreed > blockSize) {
        throw new IOException(
            "the server chose block size " + agreed + ", outside 8.." + blockSize);
      }
      return agreed;
    } catch (NumberFormatException e) {
      throw new IOException("the server chose an unreadable block size '" + value + "'");
    }
  }

  private DatagramSocket socket() throws IOException {
    DatagramSocket socket = new DatagramSocket(new InetSocketAddress(0));
    socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
    return socket;
  }

  /**
   * The lock-step conversation: the last packet sent, resent on silence; the server's transfer port
   * learnt from its first answer.
   */
  private final class Exchange {
    private final DatagramSocket socket;
    private final byte[] buffer = new byte[65_536];
    private SocketAddress peer;
    private byte[] last;
    private int silences;
    private int strays;

    Exchange(DatagramSocket socket, byte[] request) throws IOException {
      this.socket = socket;
      this.last = request;
      socket.send(new DatagramPacket(request, request.length, server));
    }

    void send(byte[] packet) throws IOException {
      last = packet;
      silences = 0;
      socket.send(new DatagramPacket(packet, packet.length, peer));
    }

    /**
     * A duplicate or out-of-order packet is ignored: the retransmission timer answers it, never an
     * immediate resend, which would double every later packet (the Sorcerer's Apprentice problem,
     * RFC 1123 §4.2.3.1). Bounded, so a flood cannot keep a phone here.
     */
    void ignore() throws IOException {
      if (++strays > MAX_STRAYS) {
        throw new IOException("more than " + MAX_STRAYS + " unexpected packets from " + server);
      }
    }

    TftpPacket next() throws IOException {
      while (true) {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
          socket.receive(packet);
        } catch (SocketTimeoutException e) {
          if (++silences > retries) {
            throw new SocketTimeoutException(
                "no answer from " + server + " after " + (retries + 1) + " tries");
          }
          socket.send(new DatagramPacket(last, last.length, peer == null ? server : peer));
          continue;
        }
        if (peer == null && packet.getAddress().equals(server.getAddress())) {
          peer = packet.getSocketAddress();
        }
        if (packet.getSocketAddress().equals(peer)) {
          return TftpPacket.read(packet.getData(), packet.getLength());
        }
        ignore();
      }
    }
  }
}
