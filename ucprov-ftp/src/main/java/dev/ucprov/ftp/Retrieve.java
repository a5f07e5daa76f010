package dev.ucprov.ftp;

import dev.ucprov.core.provisioning.FileReply;
import dev.ucprov.core.provisioning.FileRequest;
import dev.ucprov.core.provisioning.ProvisioningService;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketException;
import java.util.Optional;
import org.apache.ftpserver.command.Command;
import org.apache.ftpserver.ftplet.DataConnection;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RETR: the core's reply for the path, sent from the offset a REST gave. A file the session may not
 * read, for whatever reason, is 550 with the same words as a missing one; a template that cannot be
 * rendered for this device is 451. Then an access line, the metrics, and the inventory told what
 * was sent, as HTTP does.
 */
final class Retrieve implements Command {

  private static final Logger LOG = LoggerFactory.getLogger(Retrieve.class);

  private final ProvisioningService service;
  private final FtpLog log;

  Retrieve(ProvisioningService service, FtpLog log) {
    this.service = service;
    this.log = log;
  }

  /** How a RETR ended: what the access line, metrics and inventory need. */
  private record Outcome(
      String path, int code, long bytes, Optional<FileRequest> request, Optional<FileReply> reply) {

    static Outcome refused(String path, int code) {
      return new Outcome(path, code, 0, Optional.empty(), Optional.empty());
    }
  }

  @Override
  public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
    long start = System.nanoTime();
    long offset = session.getFileOffset();
    SessionView view = Wire.view(session).orElseThrow();
    Outcome outcome;
    try {
      outcome = answer(session, view, request.getArgument(), offset);
    } finally {
      session.resetState();
      session.getDataConnection().closeDataConnection();
    }
    String tenant = view.user().login().tenant().id().value();
    log.answered(
        Wire.client(session),
        tenant,
        "RETR",
        outcome.path(),
        outcome.code(),
        outcome.bytes(),
        start);
    if (outcome.request().isPresent() && outcome.reply().isPresent()) {
      int status = status(outcome.reply().get(), outcome.code(), offset);
      log.transferred(outcome.request().get().path(), status, outcome.bytes());
      service.answered(
          outcome.request().get(), outcome.reply().get(), "RETR", status, outcome.bytes());
    }
  }

  private Outcome answer(FtpIoSession session, SessionView view, String argument, long offset) {
    if (argument == null || argument.isBlank()) {
      Wire.reply(session, 501, "RETR needs a file name");
      return Outcome.refused("-", 501);
    }
    if (!Wire.dataConnectionSet(session)) {
      Wire.reply(session, 503, "PORT, EPRT, PASV or EPSV must come first");
      return Outcome.refused(argument, 503);
    }
    Optional<ViewPath> path = view.resolve(argument);
    if (path.isEmpty()) {
      Wire.reply(session, 550, argument + ": no such file");
      return Outcome.refused(argument, 550);
    }
    FileRequest fileRequest = view.user().request(path.get());
    FileReply reply = service.fetch(fileRequest);
    String shown = path.get().toString();
    int code;
    long bytes = 0;
    switch (reply) {
      case FileReply.NotFound n -> code = notFound(session, shown);
      case FileReply.Challenge c -> code = notFound(session, shown);
      case FileReply.Denied d -> code = notFound(session, shown);
      case FileReply.RenderFailed failed -> {
        LOG.error("FTP file {} answered 451: {}", failed.path(), failed.reason());
        Wire.reply(session, 451, shown + ": cannot be made now; try again later");
        code = 451;
      }
      case FileReply.Served served -> {
        Sent sent = send(session, view, shown, served, offset);
        code = sent.code();
        bytes = sent.bytes();
      }
    }
    return new Outcome(shown, code, bytes, Optional.of(fileRequest), Optional.of(reply));
  }

  /** Refusals say nothing about why: missing, needing credentials and denied look the same. */
  private static int notFound(FtpIoSession session, String path) {
    Wire.reply(session, 550, path + ": no such file");
    return 550;
  }

  private record Sent(int code, long bytes) {}

  private static Sent send(
      FtpIoSession session, SessionView view, String path, FileReply.Served served, long offset) {
    long size = served.body().size();
    if (offset > size) {
      Wire.reply(
          session,
          554,
          "restart offset " + offset + " is past the end of " + path + " (" + size + " bytes)");
      return new Sent(554, 0);
    }
    Wire.preliminary(
        session, "Opening data connection for " + path + " (" + (size - offset) + " bytes)");
    DataConnection data;
    try {
      data = session.getDataConnection().openConnection();
    } catch (Exception e) {
      LOG.debug("FTP data connection for {} not opened", path, e);
      Wire.reply(session, 425, "cannot open the data connection");
      return new Sent(425, 0);
    }
    Counting counting;
    try {
      counting = new Counting(view.open(served, offset));
    } catch (IOException e) {
      return unreadable(session, path, e, 0);
    }
    try (counting) {
      data.transferToClient(session.getFtpletSession(), counting);
      Wire.reply(session, 226, "Transfer complete: " + counting.count + " bytes");
      return new Sent(226, counting.count);
    } catch (SocketException e) {
      LOG.debug("FTP download of {} cut short", path, e);
      Wire.reply(session, 426, "data connection closed; transfer aborted");
      return new Sent(426, counting.count);
    } catch (IOException e) {
      return unreadable(session, path, e, counting.count);
    }
  }

  private static Sent unreadable(FtpIoSession session, String path, IOException e, long bytes) {
    LOG.error("FTP file {} answered 451: {}", path, e.getMessage());
    Wire.reply(session, 451, path + ": cannot be read now; try again later");
    return new Sent(451, bytes);
  }

  /** The HTTP status this answer maps to, for the metrics and the inventory. */
  private static int status(FileReply reply, int code, long offset) {
    return switch (reply) {
      case FileReply.NotFound n -> 404;
      case FileReply.Challenge c -> 401;
      case FileReply.Denied d -> 403;
      case FileReply.RenderFailed f -> 500;
      case FileReply.Served s -> code == 451 ? 500 : code == 554 ? 416 : offset > 0 ? 206 : 200;
    };
  }

  /** Counts the bytes handed to the data connection. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
