package dev.ucprov.ftp;

import dev.ucprov.core.abuse.Admission;
import dev.ucprov.core.provisioning.ProvisioningService;
import java.net.InetSocketAddress;
import org.apache.ftpserver.ipfilter.SessionFilter;
import org.apache.mina.core.session.IoSession;

/**
 * Drops a new connection from a source the abuse guard refuses, before any greeting: that source
 * has failed too often lately, over any protocol. Thread-safe.
 */
final class AbuseFilter implements SessionFilter {

  private final ProvisioningService service;

  AbuseFilter(ProvisioningService service) {
    this.service = service;
  }

  @Override
  public boolean accept(IoSession session) {
    if (!(session.getRemoteAddress() instanceof InetSocketAddress address)
        || address.getAddress() == null) {
      return true;
    }
    return !(service.admission(address.getAddress().getHostAddress()) instanceof Admission.Refused);
  }
}
