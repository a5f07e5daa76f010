package dev.ucprov.ftp;

import dev.ucprov.core.access.Login;
import dev.ucprov.core.access.Logins;
import java.net.InetAddress;
import org.apache.ftpserver.ftplet.Authentication;
import org.apache.ftpserver.ftplet.AuthenticationFailedException;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.User;
import org.apache.ftpserver.ftplet.UserManager;
import org.apache.ftpserver.usermanager.AnonymousAuthentication;
import org.apache.ftpserver.usermanager.UsernamePasswordAuthentication;
import org.apache.ftpserver.usermanager.impl.UserMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FtpServer's user manager, reduced to asking {@link Logins}: there is no user list, each login is
 * decided from its user name, password and source address. A refusal makes PASS answer 530; the
 * core has counted it already. Thread-safe.
 */
final class PhoneUsers implements UserManager {

  private static final Logger LOG = LoggerFactory.getLogger(PhoneUsers.class);

  private final Logins logins;
  private final int idleSeconds;

  PhoneUsers(Logins logins, int idleSeconds) {
    this.logins = logins;
    this.idleSeconds = idleSeconds;
  }

  @Override
  public User authenticate(Authentication authentication) throws AuthenticationFailedException {
    String source;
    String user;
    String password;
    switch (authentication) {
      case UsernamePasswordAuthentication named -> {
        source = source(named.getUserMetadata());
        user = named.getUsername() == null ? "" : named.getUsername();
        password = named.getPassword() == null ? "" : named.getPassword();
      }
      case AnonymousAuthentication anonymous -> {
        source = source(anonymous.getUserMetadata());
        user = Logins.ANONYMOUS;
        password = "";
      }
      default -> throw new AuthenticationFailedException("unsupported authentication");
    }
    return switch (logins.login(user, password, source)) {
      case Login.Accepted accepted -> new SessionUser(user, accepted, source, idleSeconds);
      case Login.Refused refused -> {
        LOG.debug("FTP login from {} refused: {}", source, refused.reason());
        throw new AuthenticationFailedException("login refused");
      }
    };
  }

  private static String source(UserMetadata metadata) {
    InetAddress address = metadata == null ? null : metadata.getInetAddress();
    return address == null ? "" : address.getHostAddress();
  }

  /** Users are not looked up by name, so FtpServer's per-user login limits do not apply. */
  @Override
  public User getUserByName(String username) {
    return null;
  }

  @Override
  public String[] getAllUserNames() {
    return new String[0];
  }

  @Override
  public void delete(String username) throws FtpException {
    throw new FtpException("users are tenants and devices: change them through the admin API");
  }

  @Override
  public void save(User user) throws FtpException {
    throw new FtpException("users are tenants and devices: change them through the admin API");
  }

  @Override
  public boolean doesExist(String username) {
    return false;
  }

  @Override
  public String getAdminName() {
    return "";
  }

  @Override
  public boolean isAdmin(String username) {
    return false;
  }
}
