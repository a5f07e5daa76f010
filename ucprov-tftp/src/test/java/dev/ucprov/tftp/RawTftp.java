package dev.ucprov.tftp;

import dev.ucprov.tftp.wire.Decoded;
import dev.ucprov.tftp.wire.Packet;
import dev.ucprov.tftp.wire.PacketCodec;
import dev.ucprov.tftp.wire.PacketWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A hand-driven TFTP peer on loopback for protocol tests: sends exactly the datagrams a test says
 * and shows what comes back, from which port. Every wait is bounded.
 */
final class RawTftp implements AutoCloseable {

  /** A packet received, and the port it came from (the transfer's TID). */
  record Received(Packet packet, int port) {}

  private final DatagramSocket socket;
  private final InetAddress server = InetAddress.getLoopbackAddress();

  RawTftp() {
    this("127.0.0.1");
  }

  /** A peer sending from {@code address} (any of 127.0.0.0/8 works on Linux's loopback). */
  RawTftp(String address) {
    try {
      socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(address), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void send(Packet packet, int port) {
    byte[] out = new byte[70_000];
    sendRaw(Arrays.copyOf(out, PacketWriter.encode(packet, out)), port);
  }

  void sendRaw(byte[] datagram, int port) {
    try {
      socket.send(new DatagramPacket(datagram, datagram.length, server, port));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void read(String name, int port, Map<String, String> options) {
    send(new Packet.Request(false, name, "octet", options), port);
  }

  void write(String name, int port, Map<String, String> options) {
    send(new Packet.Request(true, name, "octet", options), port);
  }

  /** The next packet within {@code wait}, its DATA content copied out of the receive buffer. */
  Optional<Received> receive(Duration wait) {
    byte[] buffer = new byte[70_000];
    DatagramPacket in = new DatagramPacket(buffer, buffer.length);
    try {
      socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
      socket.receive(in);
    } catch (SocketTimeoutException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] copy = Arrays.copyOf(buffer, in.getLength());
    Packet packet = ((Decoded.Valid) PacketCodec.decode(copy, copy.length)).packet();
    return Optional.of(new Received(packet, in.getPort()));
  }

  Received expect(Duration wait) {
    return receive(wait).orElseThrow(() -> new AssertionError("nothing received in " + wait));
  }

  /**
   * Reads a whole file in octet mode as RFC 1350 and 7440 say, acknowledging each window; returns
   * its bytes. Used where a test needs options no packaged client sends together.
   */
  byte[] readAll(String name, int port, Map<String, String> options, int window)
      throws IOException {
    read(name, port, options);
    Received first = expect(Duration.ofSeconds(5));
    int tid = first.port();
    int blockSize = Integer.parseInt(options.getOrDefault("blksize", "512"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Packet packet = first.packet();
    if (packet instanceof Packet.OptionAck) {
      send(new Packet.Ack(0), tid);
      packet = expect(Duration.ofSeconds(5)).packet();
    }
    int expected = 1;
    int inWindow = 0;
    while (true) {
      if (!(packet instanceof Packet.Data data)) {
        throw new IOException("expected DATA " + expected + ", got " + packet);
      }
      if (data.block() != expected) {
        throw new IOException("expected DATA " + expected + ", got block " + data.block());
      }
      out.write(data.bytes(), data.offset(), data.length());
      boolean last = data.length() < blockSize;
      if (last || ++inWindow == window) {
        send(new Packet.Ack(expected), tid);
        inWindow = 0;
      }
      if (last) {
        return out.toByteArray();
      }
      expected = (expected + 1) & 0xFFFF;
      packet = expect(Duration.ofSeconds(5)).packet();
    }
  }

  int localPort() {
    return socket.getLocalPort();
  }

  @Override
  public void close() {
    socket.close();
  }
}
