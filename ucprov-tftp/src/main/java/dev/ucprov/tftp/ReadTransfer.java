package dev.ucprov.tftp;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.tftp.engine.ContentException;
import dev.ucprov.tftp.engine.Ending;
import dev.ucprov.tftp.engine.Negotiation;
import dev.ucprov.tftp.engine.Options;
import dev.ucprov.tftp.engine.Reaction;
import dev.ucprov.tftp.engine.Sender;
import dev.ucprov.tftp.engine.TransferLimits;
import dev.ucprov.tftp.wire.ErrorCode;
import dev.ucprov.tftp.wire.NetasciiEncoding;
import dev.ucprov.tftp.wire.Packet;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read request (RRQ) through the provisioning service: every {@link FileReply} encoded as TFTP
 * can (not found and a failed rendering as error 1, a challenge or a denial as error 2, never
 * saying why), a served file sent from memory or streamed from the blob store, and the inventory
 * told what was sent. Blocking; runs on the transfer's thread.
 */
final class ReadTransfer {

  private static final Logger LOG = LoggerFactory.getLogger(ReadTransfer.class);

  static final String FILE_NOT_FOUND = "File not found";
  static final String ACCESS_VIOLATION = "Access violation";

  private static final int BUFFER = 64 * 1024;

  private final ProvisioningService service;
  private final BlobStore blobs;
  private final TransferLimits limits;

  ReadTransfer(ProvisioningService service, BlobStore blobs, TransferLimits limits) {
    this.service = service;
    this.blobs = blobs;
    this.limits = limits;
  }

  Answer serve(Packet.Request request, FileRequest fileRequest, TransferPort port)
      throws IOException {
    FileReply reply = service.fetch(fileRequest);
    int status = 500;
    long bytes = 0;
    try {
      Answer answer = answer(request, reply, port);
      status = answer.status();
      bytes = answer.bytes();
      return answer;
    } finally {
      service.answered(fileRequest, reply, "RRQ", status, bytes);
    }
  }

  private Answer answer(Packet.Request request, FileReply reply, TransferPort port)
      throws IOException {
    return switch (reply) {
      case FileReply.NotFound notFound -> error(port, 404, ErrorCode.FILE_NOT_FOUND, reply);
      case FileReply.RenderFailed failed -> {
        LOG.error("file {} not sent over TFTP: {}", failed.path(), failed.reason());
        yield error(port, 500, ErrorCode.FILE_NOT_FOUND, reply);
      }
      case FileReply.Challenge challenge -> {
        LOG.debug("{} answered access violation: {}", request.fileName(), challenge.reason());
        yield error(port, 401, ErrorCode.ACCESS_VIOLATION, reply);
      }
      case FileReply.Denied denied -> {
        LOG.debug("{} answered access violation: {}", request.fileName(), denied.reason());
        yield error(port, 403, ErrorCode.ACCESS_VIOLATION, reply);
      }
      case FileReply.Served served -> send(request, served, port);
    };
  }

  private Answer send(Packet.Request request, FileReply.Served served, TransferPort port)
      throws IOException {
    Optional<InputStream> opened = open(served.body());
    if (opened.isEmpty()) {
      LOG.error("file {} not sent over TFTP: its stored body is missing", served.path());
      return error(port, 500, ErrorCode.FILE_NOT_FOUND, served);
    }
    try (InputStream body = opened.get()) {
      boolean netascii = request.mode().equals(TftpServer.NETASCII);
      long size = netascii ? netasciiSize(served) : served.body().size();
      switch (Options.negotiate(request.options(), limits, OptionalLong.of(size))) {
        case Negotiation.Refused refused -> {
          port.send(Packet.Error.of(ErrorCode.OPTION_REFUSED, refused.message()));
          return Answer.of(400, served.routing());
        }
        case Negotiation.Accepted accepted -> {
          InputStream content = netascii ? new NetasciiEncoding(body) : body;
          Sender sender = new Sender(content, size, accepted.terms(), limits);
          Reaction end = port.drive(sender, sender.start(System.nanoTime()));
          Ending ending = ((Reaction.State.Finished) end.state()).ending();
          return new Answer(status(ending), ending.bytes(), served.routing());
        }
      }
    } catch (ContentException e) {
      LOG.error("file {} not sent over TFTP: {}", served.path(), e.getMessage());
      port.send(Packet.Error.of(ErrorCode.UNDEFINED, "Read error"));
      return Answer.of(500, served.routing());
    }
  }

  /** The size netascii makes of the body: its bytes plus one per CR and LF. */
  private long netasciiSize(FileReply.Served served) throws IOException {
    try (InputStream again = open(served.body()).orElseThrow(() -> missing(served))) {
      return NetasciiEncoding.encodedSize(again);
    }
  }

  private Optional<InputStream> open(FileReply.Body body) throws IOException {
    return switch (body) {
      case FileReply.Body.Bytes bytes -> Optional.of(new ByteArrayInputStream(bytes.content()));
      // Buffered: a block is a read, and a blob's stream may be a bare file channel.
      case FileReply.Body.Stored stored ->
          blobs.open(stored.blob()).map(in -> new BufferedInputStream(in, BUFFER));
    };
  }

  private static IOException missing(FileReply.Served served) {
    return new IOException("the stored body of " + served.path() + " is missing");
  }

  static int status(Ending ending) {
    return switch (ending) {
      case Ending.Completed completed -> 200;
      case Ending.TimedOut timedOut -> 408;
      case Ending.PeerError peerError -> 499;
      case Ending.Refused refused -> 400;
    };
  }

  private static Answer error(TransferPort port, int status, ErrorCode code, FileReply reply)
      throws IOException {
    String message = code == ErrorCode.ACCESS_VIOLATION ? ACCESS_VIOLATION : FILE_NOT_FOUND;
    port.send(Packet.Error.of(code, message));
    return Answer.of(status, reply.routing());
  }
}
