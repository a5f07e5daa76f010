package dev.ucprov.ftp;

import dev.ucprov.core.access.Login;
import dev.ucprov.core.device.Protocol;
import dev.ucprov.core.provisioning.FileRequest;
import java.util.List;
import java.util.Optional;
import org.apache.ftpserver.ftplet.Authority;
import org.apache.ftpserver.ftplet.AuthorizationRequest;
import org.apache.ftpserver.ftplet.User;

/**
 * The FtpServer user of an accepted login: what the core decided, and where the client connected
 * from, so every request of the session carries both. FtpServer's own permissions are all granted:
 * the core decides each file. Immutable.
 *
 * @param name the user name as typed
 * @param login the core's decision
 * @param source the client's address literal
 * @param idleSeconds how long the session may sit idle
 */
record SessionUser(String name, Login.Accepted login, String source, int idleSeconds)
    implements User {

  /** A read or write of {@code path} in this session's tenant, as the core takes it. */
  FileRequest request(ViewPath path) {
    return new FileRequest(
        Protocol.FTP,
        Optional.empty(),
        path.relative(),
        source,
        "",
        login.proof(),
        Optional.of(login.tenant().id()));
  }

  @Override
  public String getName() {
    return name;
  }

  /** Never kept: the core checked it. */
  @Override
  public String getPassword() {
    return null;
  }

  @Override
  public List<? extends Authority> getAuthorities() {
    return List.of();
  }

  @Override
  public List<? extends Authority> getAuthorities(Class<? extends Authority> clazz) {
    return List.of();
  }

  /** Granted as asked: concurrent logins and transfer rates are not limited per user. */
  @Override
  public AuthorizationRequest authorize(AuthorizationRequest request) {
    return request;
  }

  @Override
  public int getMaxIdleTime() {
    return idleSeconds;
  }

  @Override
  public boolean getEnabled() {
    return true;
  }

  @Override
  public String getHomeDirectory() {
    return "/";
  }
}
