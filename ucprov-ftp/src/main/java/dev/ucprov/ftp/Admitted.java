package dev.ucprov.ftp;

import dev.ucprov.core.abuse.Admission;
import dev.ucprov.core.provisioning.ProvisioningService;
import java.io.IOException;
import org.apache.ftpserver.command.Command;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.impl.FtpIoSession;
import org.apache.ftpserver.impl.FtpServerContext;

/**
 * A command run only once the abuse guard admits its source (the same guard HTTP asks): a source
 * with too many failed logins or unknown MACs lately waits first, or is told 421 and disconnected.
 * Wraps PASS and the transfers. The wait holds one of the listener's threads, as FtpServer's own
 * delay after a failed login does.
 */
final class Admitted implements Command {

  private final Command command;
  private final ProvisioningService service;

  Admitted(Command command, ProvisioningService service) {
    this.command = command;
    this.service = service;
  }

  @Override
  public void execute(FtpIoSession session, FtpServerContext context, FtpRequest request)
      throws IOException, FtpException {
    switch (service.admission(Wire.client(session))) {
      case Admission.Refused refused -> {
        session.resetState();
        Wire.reply(
            session,
            421,
            "too many failed attempts from this address; try again in "
                + refused.retryAfter().toSeconds()
                + " s");
        session.closeOnFlush();
        return;
      }
      case Admission.Slowed slowed -> {
        try {
          Thread.sleep(slowed.delay());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          session.closeNow();
          return;
        }
      }
      case Admission.Admitted admitted -> {
        // answer at once
      }
    }
    command.execute(session, context, request);
  }
}
