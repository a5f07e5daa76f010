package dev.ucprov.ftp;

import java.net.InetSocketAddress;
import java.util.Optional;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.impl.FtpIoSession;

/** The few things every command of this listener does with a session. */
final class Wire {

  /** How long a preliminary reply (150) may take to leave before the data connection opens. */
  private static final long PRELIMINARY_WAIT_MILLIS = 10_000;

  private Wire() {}

  /** Sends one reply; a multi-line message is sent as a multi-line reply. */
  static void reply(FtpIoSession session, int code, String message) {
    session.write(new DefaultFtpReply(code, message.split("\n")));
  }

  /** Sends a preliminary reply and waits until it has left, as FtpServer's own commands do. */
  static void preliminary(FtpIoSession session, String message) {
    session
        .write(new DefaultFtpReply(FtpReply.REPLY_150_FILE_STATUS_OKAY, message))
        .awaitUninterruptibly(PRELIMINARY_WAIT_MILLIS);
  }

  /** Whether PORT, EPRT, PASV or EPSV came first: without it no data connection can open. */
  static boolean dataConnectionSet(FtpIoSession session) {
    return session.getDataConnection().getInetAddress() != null;
  }

  /** The client's address literal, {@code ""} when unknown. */
  static String client(FtpIoSession session) {
    return session.getRemoteAddress() instanceof InetSocketAddress address
            && address.getAddress() != null
        ? address.getAddress().getHostAddress()
        : "";
  }

  /** The logged-in session's user, when this listener made it. */
  static Optional<SessionUser> user(FtpIoSession session) {
    return session.getUser() instanceof SessionUser user ? Optional.of(user) : Optional.empty();
  }

  /** The logged-in session's view, when this listener made it. */
  static Optional<SessionView> view(FtpIoSession session) {
    return session.getFileSystemView() instanceof SessionView view
        ? Optional.of(view)
        : Optional.empty();
  }
}
