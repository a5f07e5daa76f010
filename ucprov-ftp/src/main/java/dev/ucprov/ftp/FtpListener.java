package dev.ucprov.ftp;

import java.util.HashMap;
import java.util.Map;
import org.apache.ftpserver.ConnectionConfig;
import org.apache.ftpserver.ConnectionConfigFactory;
import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.command.Command;
import org.apache.ftpserver.command.CommandFactoryFactory;
import org.apache.ftpserver.command.impl.PASS;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.Ftplet;
import org.apache.ftpserver.listener.Listener;
import org.apache.ftpserver.listener.ListenerFactory;
import org.slf4j.LoggerFactory;

/**
 * The phones' FTP listener: Apache FtpServer with this module's users ({@link PhoneUsers}), file
 * view ({@link PhoneFileSystem}), transfers ({@link Retrieve}, {@link Store}) and refusals in place
 * of its own. {@link #start} binds and returns once it accepts connections; {@link #close} stops
 * it. Thread-safe.
 */
public final class FtpListener implements AutoCloseable {

  private static final String LISTENER = "phones";

  private final FtpServer server;
  private final Listener listener;

  private FtpListener(FtpServer server, Listener listener) {
    this.server = server;
    this.listener = listener;
  }

  /**
   * Binds and starts.
   *
   * @throws FtpStartException when the address cannot be bound
   */
  public static FtpListener start(FtpSetup setup) {
    FtpLog log =
        new FtpLog(LoggerFactory.getLogger(FtpSetup.ACCESS_LOG), setup.metrics(), setup.clock());
    FtpServerFactory factory = new FtpServerFactory();
    factory.setUserManager(new PhoneUsers(setup.logins(), (int) setup.limits().idle().toSeconds()));
    factory.setFileSystem(
        new PhoneFileSystem(setup.service(), setup.listing(), setup.blobs(), setup.clock()));
    factory.setCommandFactory(commands(setup, log).createCommandFactory());
    // Mutable: stopping the server clears it.
    Map<String, Ftplet> ftplets = new HashMap<>();
    ftplets.put("log", new SessionLog(log));
    factory.setFtplets(ftplets);
    factory.setConnectionConfig(connections(setup.limits()));
    Listener listener = listener(setup);
    // In place of the factory's own "default" listener (port 21, every address), not beside it.
    Map<String, Listener> listeners = new HashMap<>();
    listeners.put(LISTENER, listener);
    factory.setListeners(listeners);
    FtpServer server = factory.createServer();
    try {
      server.start();
    } catch (FtpException | RuntimeException e) {
      server.stop();
      throw new FtpStartException(
          "cannot listen for FTP on " + setup.host() + ":" + setup.port() + ": " + cause(e), e);
    }
    return new FtpListener(server, listener);
  }

  private static CommandFactoryFactory commands(FtpSetup setup, FtpLog log) {
    CommandFactoryFactory commands = new CommandFactoryFactory();
    Command retrieve = new Admitted(new Retrieve(setup.service(), log), setup.service());
    Command store = new Admitted(new Store(setup.uploads(), setup.service(), log), setup.service());
    commands.addCommand("RETR", retrieve);
    commands.addCommand("STOR", store);
    commands.addCommand("APPE", store);
    commands.addCommand("MDTM", new ModificationTime());
    commands.addCommand("PASS", new Admitted(new PASS(), setup.service()));
    for (String name :
        new String[] {"DELE", "RMD", "MKD", "RNFR", "RNTO", "STOU", "MFMT", "SITE"}) {
      commands.addCommand(name, new Refuse());
    }
    return commands;
  }

  private static ConnectionConfig connections(FtpSetup.Limits limits) {
    ConnectionConfigFactory connections = new ConnectionConfigFactory();
    connections.setMaxLogins(limits.maxLogins());
    connections.setMaxAnonymousLogins(limits.maxLogins());
    connections.setAnonymousLoginEnabled(true);
    connections.setMaxThreads(limits.threads());
    return connections.createConnectionConfig();
  }

  private static Listener listener(FtpSetup setup) {
    DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
    data.setPassivePorts(setup.passivePorts().setting());
    setup.passiveAddress().ifPresent(data::setPassiveExternalAddress);
    data.setIdleTime((int) setup.limits().idle().toSeconds());
    setup.tls().map(ServerTls::new).ifPresent(data::setSslConfiguration);
    ListenerFactory listener = new ListenerFactory();
    listener.setServerAddress(setup.host());
    listener.setPort(setup.port());
    listener.setIdleTimeout((int) setup.limits().idle().toSeconds());
    listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
    listener.setSessionFilter(new AbuseFilter(setup.service()));
    setup.tls().map(ServerTls::new).ifPresent(listener::setSslConfiguration);
    return listener.createListener();
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  /** The control port as bound (the real one when the setup asked for 0). */
  public int port() {
    return listener.getPort();
  }

  /** Stops accepting, closes every session; idempotent. */
  @Override
  public void close() {
    if (!server.isStopped()) {
      server.stop();
    }
  }
}
