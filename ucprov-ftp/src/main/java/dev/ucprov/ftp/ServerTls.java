package dev.ucprov.ftp;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.apache.ftpserver.ssl.ClientAuth;
import org.apache.ftpserver.ssl.SslConfiguration;

/**
 * Explicit FTPS (AUTH TLS, RFC 4217) with a context the application built from the HTTPS
 * certificate: TLS 1.3 and 1.2 only, for the control and the data connections. No client
 * certificate is asked for: phones prove themselves over FTP with their login.
 */
final class ServerTls implements SslConfiguration {

  private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

  private final SSLContext context;

  ServerTls(SSLContext context) {
    this.context = context;
  }

  @Override
  public SSLSocketFactory getSocketFactory() {
    return context.getSocketFactory();
  }

  @Override
  public SSLContext getSSLContext() {
    return context;
  }

  @Override
  public SSLContext getSSLContext(String protocol) {
    return context;
  }

  /** The JDK's defaults for these protocol versions. */
  @Override
  public String[] getEnabledCipherSuites() {
    return null;
  }

  @Override
  public String getEnabledProtocol() {
    return PROTOCOLS[1];
  }

  @Override
  public String[] getEnabledProtocols() {
    return PROTOCOLS.clone();
  }

  @Override
  public ClientAuth getClientAuth() {
    return ClientAuth.NONE;
  }
}
