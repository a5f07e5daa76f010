package dev.ucprov.ftp;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Set;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * The access lines of logins and listings (PASS, LIST, NLST, MLSD), written after FtpServer's own
 * commands answer them; transfers write their own lines. Thread-safe.
 */
final class SessionLog extends DefaultFtplet {

  private static final String STARTED = "ucprov.started";
  private static final Set<String> LOGGED = Set.of("PASS", "LIST", "NLST", "MLSD");

  private final FtpLog log;

  SessionLog(FtpLog log) {
    this.log = log;
  }

  @Override
  public FtpletResult beforeCommand(FtpSession session, FtpRequest request) {
    session.setAttribute(STARTED, System.nanoTime());
    return FtpletResult.DEFAULT;
  }

  @Override
  public FtpletResult afterCommand(FtpSession session, FtpRequest request, FtpReply reply) {
    String command = request.getCommand().toUpperCase(Locale.ROOT);
    if (!LOGGED.contains(command) || reply == null) {
      return FtpletResult.DEFAULT;
    }
    long started = session.getAttribute(STARTED) instanceof Long nanos ? nanos : System.nanoTime();
    String tenant =
        session.getUser() instanceof SessionUser user ? user.login().tenant().id().value() : "-";
    log.answered(
        client(session),
        tenant,
        command,
        path(session, command, request),
        reply.getCode(),
        0,
        started);
    return FtpletResult.DEFAULT;
  }

  /** The directory listed, in the session's view; {@code -} for a login. */
  private static String path(FtpSession session, String command, FtpRequest request) {
    if (command.equals("PASS") || !(session.getUser() instanceof SessionUser)) {
      return "-";
    }
    try {
      String argument = request.getArgument();
      String target = argument == null || argument.startsWith("-") ? "." : argument;
      return session.getFileSystemView().getFile(target).getAbsolutePath();
    } catch (Exception e) {
      return "-";
    }
  }

  private static String client(FtpSession session) {
    InetSocketAddress address = session.getClientAddress();
    return address == null || address.getAddress() == null
        ? ""
        : address.getAddress().getHostAddress();
  }
}
