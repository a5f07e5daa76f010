package dev.ucprov.tftp;

import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.Routing;
import dev.ucprov.core.provisioning.UploadAdmission;
import dev.ucprov.core.provisioning.UploadReply;
import dev.ucprov.core.provisioning.UploadTicket;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.tftp.engine.Negotiated;
import dev.ucprov.tftp.engine.Negotiation;
import dev.ucprov.tftp.engine.Options;
import dev.ucprov.tftp.engine.Reaction;
import dev.ucprov.tftp.engine.Receiver;
import dev.ucprov.tftp.engine.TransferLimits;
import dev.ucprov.tftp.wire.ErrorCode;
import dev.ucprov.tftp.wire.Packet;
import java.io.IOException;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write request (WRQ) through the core's upload pipeline ({@link Uploads}, ADR 0011): admitted
 * before the first ACK, received up to the cap plus one byte, stored on the last block, and only
 * then acknowledged, so the client learns of a refused file (error 0 naming the line and column of
 * invalid XML, error 3 over the cap) and nothing is stored. A declared tsize over the cap is
 * refused before any block. Blocking; runs on the transfer's thread.
 */
final class WriteTransfer {

  private static final Logger LOG = LoggerFactory.getLogger(WriteTransfer.class);

  private final Uploads uploads;
  private final TransferLimits limits;

  WriteTransfer(Uploads uploads, TransferLimits limits) {
    this.uploads = uploads;
    this.limits = limits;
  }

  Answer serve(Packet.Request request, FileRequest fileRequest, TransferPort port)
      throws IOException {
    // Options first: a refusal there is the client's mistake and reaches no upload record.
    Negotiated terms;
    switch (Options.negotiate(request.options(), limits, OptionalLong.empty())) {
      case Negotiation.Refused refused -> {
        port.send(Packet.Error.of(ErrorCode.OPTION_REFUSED, refused.message()));
        return Answer.of(400, Routing.nowhere());
      }
      case Negotiation.Accepted accepted -> terms = accepted.terms();
    }
    return switch (uploads.admit(fileRequest, "WRQ")) {
      case UploadAdmission.Refused refused -> refuse(port, refused.reply(), 0);
      case UploadAdmission.Admitted admitted ->
          receive(admitted.ticket(), terms, request.mode().equals(TftpServer.NETASCII), port);
    };
  }

  private Answer receive(UploadTicket ticket, Negotiated terms, boolean netascii, TransferPort port)
      throws IOException {
    OptionalLong declared = terms.transferSize();
    if (!netascii && declared.isPresent() && declared.getAsLong() > ticket.cap()) {
      return refuse(port, uploads.tooLarge(ticket, declared.getAsLong()), 0);
    }
    Receiver receiver = new Receiver(terms, limits, ticket.cap(), netascii);
    Reaction reaction;
    try {
      reaction = port.drive(receiver, receiver.start(System.nanoTime()));
    } catch (IOException e) {
      uploads.cutShort(ticket, 0);
      throw e;
    }
    return switch (reaction.state()) {
      case Reaction.State.Arrived arrived -> store(ticket, receiver, port);
      case Reaction.State.OverCap over ->
          refuse(port, receiver, uploads.tooLarge(ticket, over.bytes()), over.bytes());
      case Reaction.State.Finished finished -> {
        long bytes = finished.ending().bytes();
        UploadReply reply = uploads.cutShort(ticket, bytes);
        yield new Answer(status(reply), bytes, reply.routing());
      }
      case Reaction.State.Waiting waiting -> throw new IllegalStateException("still waiting");
    };
  }

  private Answer store(UploadTicket ticket, Receiver receiver, TransferPort port)
      throws IOException {
    byte[] content = receiver.content();
    UploadReply reply = uploads.store(ticket, content);
    switch (reply) {
      case UploadReply.Stored stored ->
          // Lingers for a resent last block; the file is stored whatever happens now.
          port.drive(receiver, receiver.accept(System.nanoTime()));
      case UploadReply.Refused refused -> {
        return refuse(port, receiver, refused, content.length);
      }
      case UploadReply.Failed failed -> {
        LOG.error("TFTP upload {} not stored: {}", ticket.name(), failed.reason());
        port.send(receiver.refuse(ErrorCode.UNDEFINED, "The file could not be stored").send());
      }
    }
    return new Answer(status(reply), content.length, reply.routing());
  }

  private Answer refuse(TransferPort port, Receiver receiver, UploadReply reply, long bytes)
      throws IOException {
    UploadReply.Refused refused = (UploadReply.Refused) reply;
    ErrorCode code = code(refused);
    port.send(receiver.refuse(code, message(refused)).send());
    return new Answer(refused.status(), bytes, refused.routing());
  }

  private Answer refuse(TransferPort port, UploadReply reply, long bytes) throws IOException {
    UploadReply.Refused refused = (UploadReply.Refused) reply;
    ErrorCode code = code(refused);
    port.send(Packet.Error.of(code, message(refused)));
    return new Answer(refused.status(), bytes, refused.routing());
  }

  /** Statuses of ADR 0011 as TFTP error codes: the core's message goes along where it helps. */
  private static ErrorCode code(UploadReply.Refused refused) {
    return switch (refused.status()) {
      case 404 -> ErrorCode.FILE_NOT_FOUND;
      case 401, 403, 405 -> ErrorCode.ACCESS_VIOLATION;
      case 413 -> ErrorCode.DISK_FULL;
      default -> ErrorCode.UNDEFINED;
    };
  }

  private static String message(UploadReply.Refused refused) {
    return switch (refused.status()) {
      case 404 -> ReadTransfer.FILE_NOT_FOUND;
      case 401, 403 -> {
        // The access policy's reason is for the operator; the client learns nothing from it.
        LOG.debug("TFTP upload refused {}: {}", refused.status(), refused.message());
        yield ReadTransfer.ACCESS_VIOLATION;
      }
      default -> refused.message();
    };
  }

  private static int status(UploadReply reply) {
    return switch (reply) {
      case UploadReply.Stored stored -> stored.created() ? 201 : 204;
      case UploadReply.Refused refused -> refused.status();
      case UploadReply.Failed failed -> 500;
    };
  }
}
