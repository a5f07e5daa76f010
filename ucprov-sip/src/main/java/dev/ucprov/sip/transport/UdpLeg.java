package dev.ucprov.sip.transport;

import dev.ucprov.sip.transaction.Inbox;
import dev.ucprov.sip.transaction.Leg;
import java.io.IOException;
import java.net.InetSocketAddress;

/** One phone reached over the shared {@link UdpEndpoint}. */
record UdpLeg(UdpEndpoint endpoint, InetSocketAddress phone, String sentBy) implements Leg {

  @Override
  public String transport() {
    return "UDP";
  }

  @Override
  public boolean reliable() {
    return false;
  }

  @Override
  public Inbox listen(String branch) {
    return endpoint.listen(branch);
  }

  @Override
  public void forget(String branch) {
    endpoint.forget(branch);
  }

  @Override
  public void send(byte[] message) throws IOException {
    endpoint.send(message, phone);
  }
}
