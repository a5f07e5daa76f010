package dev.ucprov.ftp;

import dev.ucprov.core.provisioning.FileReply;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.ftpserver.command.Command;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;

/**
 * MDTM (RFC 3659 section 3): the last modification of a file the session is served, from the same
 * reply RETR sends; 550 for anything else, directories included, in the same words as RETR.
 */
final class ModificationTime implements Command {

  /** {@code YYYYMMDDHHMMSS.sss}, always UTC (RFC 3659 section 2.3). */
  private static final DateTimeFormatter TIME_VAL =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss.SSS").withZone(ZoneOffset.UTC);

  @Override
  public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
    session.resetState();
    String argument = request.getArgument();
    if (argument == null || argument.isBlank()) {
      Wire.reply(session, 501, "MDTM needs a file name");
      return;
    }
    SessionView view = Wire.view(session).orElseThrow();
    Optional<ViewPath> path = view.resolve(argument);
    if (path.isPresent() && view.fetch(path.get()) instanceof FileReply.Served served) {
      Wire.reply(session, 213, TIME_VAL.format(served.lastModified()));
    } else {
      Wire.reply(session, 550, path.map(ViewPath::toString).orElse(argument) + ": no such file");
    }
  }
}
