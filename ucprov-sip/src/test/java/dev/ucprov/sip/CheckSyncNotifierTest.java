package dev.ucprov.sip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.checksync.Delivery;
import dev.ucprov.core.checksync.Notifier;
import dev.ucprov.core.checksync.NotifyTarget;
import dev.ucprov.core.device.MacAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CheckSyncNotifierTest {

  private static final MacAddress MAC = MacAddress.parse("0004f2000001");
  private static final NotifyTarget.SipRoute SIP =
      new NotifyTarget.SipRoute(
          "sip:1001@10.0.0.5", "10.0.0.5", 5060, "udp", Optional.empty(), Optional.empty());
  private static final NotifyTarget.PushRoute PUSH =
      new NotifyTarget.PushRoute("http://10.0.0.5/push", "push", "pw");

  private static Notifier answering(int status, Delivery.Via via) {
    return target ->
        CompletableFuture.completedFuture(
            new Delivery(Delivery.Outcome.OK, status, "from " + via, via));
  }

  private final CheckSyncNotifier notifier =
      new CheckSyncNotifier(answering(200, Delivery.Via.SIP), answering(204, Delivery.Via.PUSH));

  private Delivery deliver(NotifyTarget target) {
    return notifier.checkSync(target).toCompletableFuture().join();
  }

  @Test
  void sip_is_used_whenever_the_target_has_a_sip_route() {
    assertThat(deliver(new NotifyTarget(MAC, Optional.of(SIP), Optional.of(PUSH))).via())
        .isEqualTo(Delivery.Via.SIP);
    assertThat(deliver(new NotifyTarget(MAC, Optional.of(SIP), Optional.empty())).via())
        .isEqualTo(Delivery.Via.SIP);
  }

  @Test
  void push_is_used_when_there_is_no_sip_route() {
    assertThat(deliver(new NotifyTarget(MAC, Optional.empty(), Optional.of(PUSH))))
        .isEqualTo(new Delivery(Delivery.Outcome.OK, 204, "from PUSH", Delivery.Via.PUSH));
  }

  @Test
  void a_target_with_neither_is_an_error_naming_the_device() {
    assertThat(deliver(new NotifyTarget(MAC, Optional.empty(), Optional.empty())))
        .isEqualTo(
            new Delivery(
                Delivery.Outcome.ERROR,
                0,
                "device 0004f2000001 has neither SIP nor Push settings",
                Delivery.Via.SIP));
  }
}
