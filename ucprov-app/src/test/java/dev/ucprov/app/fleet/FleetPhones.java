package dev.ucprov.app.fleet;

import dev.ucprov.core.device.MacAddress;
import dev.ucprov.sim.checksync.CheckSyncListener;
import dev.ucprov.sim.phone.BootResult;
import dev.ucprov.sim.phone.BootServerSetting;
import dev.ucprov.sim.phone.PhoneProfile;
import dev.ucprov.sim.phone.PhoneSetup;
import dev.ucprov.sim.phone.Trigger;
import dev.ucprov.sim.phone.VirtualPhone;
import dev.ucprov.sim.transport.FileTransport;
import dev.ucprov.sim.transport.HttpTransport;
import dev.ucprov.sim.transport.TftpTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;

/**
 * The virtual phones of the end-to-end test, each with its tenant and protocol: HTTP phones share
 * one client (as a load test's do), each HTTPS phone has its own, presenting its own certificate;
 * TFTP phones share the simulator's TFTP client (a socket per transfer). Every cycle a phone runs
 * is recorded; one UDP socket takes the check-syncs of all of them, each NOTIFY going to the phone
 * its Request-URI user (the MAC) names.
 */
final class FleetPhones implements AutoCloseable {

  enum Protocol {
    HTTP,
    HTTPS,
    TFTP;

    /** As the inventory names it ({@code lastProtocol}). */
    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  record Member(String tenant, MacAddress mac, Protocol protocol, VirtualPhone phone) {

    /** The device in the admin API. */
    String adminPath() {
      return "/api/v1/tenants/" + tenant + "/devices/" + mac.value();
    }
  }

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  // Read by the SIP socket's thread: concurrent; the list keeps the order phones were added in.
  private final Map<String, Member> members = new ConcurrentHashMap<>();
  private final List<Member> order = new CopyOnWriteArrayList<>();
  private final List<BootResult> results = new ArrayList<>();
  private final List<HttpClient> clients = new ArrayList<>();
  private final CheckSyncListener sip;

  FleetPhones() throws IOException {
    sip =
        CheckSyncListener.open(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            user -> user.map(members::get).map(member -> (Runnable) member.phone()::checkSync));
  }

  /** Where the phones take NOTIFY: the devices' {@code sip.target}. */
  String sipTarget() {
    return "sip:127.0.0.1:" + sip.address().getPort();
  }

  /** Adds a phone of {@code tenant} whose boot server URL is {@code bootServer}. */
  void add(String tenant, MacAddress mac, Protocol protocol, URI bootServer, FleetPki pki) {
    FileTransport transport =
        switch (protocol) {
          case HTTP -> sharedHttp();
          case HTTPS -> new HttpTransport(client(Optional.of(pki.phone(mac.value()))), TIMEOUT);
          case TFTP -> tftp;
        };
    PhoneSetup setup =
        PhoneSetup.of(PhoneProfile.of(mac), new BootServerSetting.Fixed(bootServer), transport)
            .withObserver(this::record);
    Member member = new Member(tenant, mac, protocol, new VirtualPhone(setup));
    members.put(mac.value(), member);
    order.add(member);
  }

  private FileTransport sharedHttp;
  private final FileTransport tftp = TftpTransport.standard();

  private FileTransport sharedHttp() {
    if (sharedHttp == null) {
      sharedHttp = new HttpTransport(client(Optional.empty()), TIMEOUT);
    }
    return sharedHttp;
  }

  private HttpClient client(Optional<SSLContext> tls) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .executor(Executors.newVirtualThreadPerTaskExecutor());
    tls.ifPresent(builder::sslContext);
    HttpClient client = builder.build();
    clients.add(client);
    return client;
  }

  List<Member> members() {
    return List.copyOf(order);
  }

  /**
   * Boots every phone, each on its own virtual thread, {@code atOnce} at a time (a 2-core CI box
   * shared with other builds stalls single requests past any sane timeout when all 300 start in the
   * same millisecond); their results in phone order.
   */
  List<BootResult> bootAll(int atOnce, Duration limit)
      throws InterruptedException, ExecutionException, TimeoutException {
    Semaphore slots = new Semaphore(atOnce);
    var threads = Executors.newVirtualThreadPerTaskExecutor();
    try {
      List<Future<BootResult>> boots = new ArrayList<>();
      for (Member member : order) {
        boots.add(
            threads.submit(() -> {
              slots.acquire();
              try {
                return member.phone().boot();
              } finally {
                slots.release();
              }
            }));
      }
      long deadline = System.nanoTime() + limit.toNanos();
      List<BootResult> out = new ArrayList<>();
      for (Future<BootResult> boot : boots) {
        out.add(boot.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return out;
    } finally {
      threads.shutdownNow();
    }
  }

  private void record(BootResult result) {
    synchronized (results) {
      results.add(result);
      results.notifyAll();
    }
  }

  /** The cycles run on {@code trigger}, once there are {@code count} or {@code limit} passed. */
  List<BootResult> await(Trigger trigger, int count, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (results) {
      while (true) {
        List<BootResult> ran = results.stream().filter(r -> r.trigger() == trigger).toList();
        long left = deadline - System.nanoTime();
        if (ran.size() >= count || left <= 0) {
          return ran;
        }
        results.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  @Override
  public void close() {
    sip.close();
    clients.forEach(HttpClient::shutdownNow);
  }
}
