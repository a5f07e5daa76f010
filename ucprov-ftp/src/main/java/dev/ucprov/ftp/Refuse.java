package dev.ucprov.ftp;

import java.util.Locale;
import org.apache.ftpserver.command.Command;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;

/**
 * Commands that would change files other than by upload (DELE, RMD, MKD, RNFR, RNTO, STOU, MFMT,
 * SITE): refused with 550, whatever the path. Operators change files through the admin API.
 */
final class Refuse implements Command {

  @Override
  public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request) {
    session.resetState();
    Wire.reply(
        session,
        550,
        request.getCommand().toUpperCase(Locale.ROOT)
            + " is not allowed here: phones read files and upload their own");
  }
}
