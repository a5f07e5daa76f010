package dev.ucprov.ftp;

import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.ProvisioningService;
import dev.ucprov.core.provisioning.Routing;
import dev.ucprov.core.provisioning.UploadAdmission;
import dev.ucprov.core.provisioning.UploadReply;
import dev.ucprov.core.provisioning.UploadTicket;
import dev.ucprov.core.provisioning.Uploads;
import dev.ucprov.core.upload.LogAppend;
import dev.ucprov.core.upload.UploadKind;
import dev.ucprov.core.upload.UploadName;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.apache.ftpserver.command.Command;
import org.apache.ftpserver.ftplet.DataConnection;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * STOR, and APPE for logs, through the core's upload pipeline ({@link Uploads}), as HTTP PUT goes:
 * admitted before any byte is read (550, or 553 for a name phones do not write), then at most the
 * kind's cap read (552 past it), then validated and stored as one new version (226; 551 with the
 * line and column of invalid content). APPE stores the previous version and the new bytes together
 * as one new version, kept within the cap ({@link LogAppend}). A data connection that breaks stores
 * nothing (426). REST before STOR is refused: a resumed upload cannot be validated whole.
 */
final class Store implements Command {

  private static final Logger LOG = LoggerFactory.getLogger(Store.class);

  private final Uploads uploads;
  private final ProvisioningService service;
  private final FtpLog log;

  Store(Uploads uploads, ProvisioningService service, FtpLog log) {
    this.uploads = uploads;
    this.service = service;
    this.log = log;
  }

  /** How an upload ended, for the access line and the metrics. */
  private record Outcome(
      String path, int code, long bytes, Optional<Routing> routing, int status) {}

  @Override
  public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
    long start = System.nanoTime();
    String method = request.getCommand().toUpperCase(Locale.ROOT);
    SessionView view = Wire.view(session).orElseThrow();
    Outcome outcome;
    try {
      outcome = answer(session, view, method, request.getArgument());
    } finally {
      session.resetState();
      session.getDataConnection().closeDataConnection();
    }
    String tenant =
        outcome
            .routing()
            .flatMap(Routing::tenant)
            .orElse(view.user().login().tenant().id())
            .value();
    log.answered(
        Wire.client(session),
        tenant,
        method,
        outcome.path(),
        outcome.code(),
        outcome.bytes(),
        start);
    if (outcome.routing().isPresent()) {
      log.transferred(outcome.path(), outcome.status(), 0);
    }
  }

  private Outcome answer(FtpIoSession session, SessionView view, String method, String argument) {
    if (argument == null || argument.isBlank()) {
      Wire.reply(session, 501, method + " needs a file name");
      return new Outcome("-", 501, 0, Optional.empty(), 400);
    }
    if (!Wire.dataConnectionSet(session)) {
      Wire.reply(session, 503, "PORT, EPRT, PASV or EPSV must come first");
      return new Outcome(argument, 503, 0, Optional.empty(), 400);
    }
    Optional<ViewPath> path = view.resolve(argument);
    if (path.isEmpty()) {
      Wire.reply(session, 553, argument + ": outside the root");
      return new Outcome(argument, 553, 0, Optional.empty(), 400);
    }
    String shown = path.get().toString();
    if (session.getFileOffset() > 0) {
      Wire.reply(session, 554, "REST before " + method + " is not supported; send the whole file");
      return new Outcome(shown, 554, 0, Optional.empty(), 400);
    }
    if (method.equals("APPE") && !isLog(path.get())) {
      Wire.reply(
          session,
          550,
          "APPE appends to logs only (<MAC>-<name>.log); send other files whole with STOR");
      return new Outcome(shown, 550, 0, Optional.empty(), 405);
    }
    FileRequest request = view.user().request(path.get());
    return switch (uploads.admit(request, method)) {
      case UploadAdmission.Refused refused -> {
        int code = UploadReplies.refusal(session, shown, refused.reply());
        yield new Outcome(
            shown, code, 0, Optional.of(refused.reply().routing()), refused.reply().status());
      }
      case UploadAdmission.Admitted admitted ->
          receive(session, view, shown, method, admitted.ticket());
    };
  }

  private static boolean isLog(ViewPath path) {
    return UploadName.parse(path.name()).filter(n -> n.kind() == UploadKind.LOG).isPresent();
  }

  private Outcome receive(
      FtpIoSession session, SessionView view, String path, String method, UploadTicket ticket) {
    Wire.preliminary(session, "Ready for " + path + " (at most " + ticket.cap() + " bytes)");
    DataConnection data;
    try {
      data = session.getDataConnection().openConnection();
    } catch (Exception e) {
      LOG.debug("FTP data connection for {} not opened", path, e);
      uploads.cutShort(ticket, 0);
      Wire.reply(session, 425, "cannot open the data connection; nothing was stored");
      return new Outcome(path, 425, 0, Optional.of(ticket.routing()), 400);
    }
    CappedBody body = new CappedBody(ticket.cap());
    UploadReply reply;
    boolean cut = false;
    try {
      data.transferFromClient(session.getFtpletSession(), body);
      // Stream mode ends a file by closing the data connection; a client whose control
      // connection went with it was killed mid-file rather than done.
      cut = !session.isConnected() || session.isClosing();
      reply =
          cut
              ? uploads.cutShort(ticket, body.count())
              : uploads.store(ticket, content(view, method, ticket, body.content()));
    } catch (CappedBody.OverCap e) {
      reply = uploads.tooLarge(ticket, body.count());
    } catch (IOException e) {
      LOG.debug("FTP upload of {} cut short after {} bytes", path, body.count(), e);
      cut = true;
      reply = uploads.cutShort(ticket, body.count());
    }
    int code =
        cut ? UploadReplies.cutShort(session, reply) : UploadReplies.encode(session, path, reply);
    return new Outcome(
        path, code, body.count(), Optional.of(reply.routing()), UploadReplies.status(reply));
  }

  /** What is stored: the body, or for APPE the newest version followed by it, within the cap. */
  private byte[] content(SessionView view, String method, UploadTicket ticket, byte[] body)
      throws IOException {
    if (!method.equals("APPE")) {
      return body;
    }
    byte[] previous = new byte[0];
    if (service.fetch(ticket.request()) instanceof FileReply.Served served) {
      try (InputStream in = view.open(served, 0)) {
        previous = in.readAllBytes();
      }
    }
    return LogAppend.joined(previous, body, ticket.cap());
  }
}
