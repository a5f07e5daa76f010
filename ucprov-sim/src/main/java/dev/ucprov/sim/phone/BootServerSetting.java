package dev.ucprov.sim.phone;

import java.net.URI;
import java.util.Optional;

/**
 * How a phone finds its provisioning server (white paper, "Discovering the Provisioning Server";
 * polycom-facts.md §7).
 */
public sealed interface BootServerSetting {

  /** The server found, and how. Empty: nothing names one, and the phone boots from its flash. */
  Optional<Found> find();

  /** A server and the stage that gave it ({@code static}, {@code DHCP option 160}...). */
  record Found(URI url, String how) {}

  /** "Boot Server: Static" with an address: DHCP is not asked. */
  record Fixed(URI url) implements BootServerSetting {
    @Override
    public Optional<Found> find() {
      return Optional.of(new Found(url, "static"));
    }
  }

  /**
   * The factory default: the DHCP answer's custom option 160, else its option 66 (stage 1, or the
   * INFORM of stage 2), else the static address (stage 3). An option value without a scheme ({@code
   * 192.0.2.10/acme}) gets {@code defaultScheme}, the phone's configured server type.
   */
  record FromDhcp(DhcpAnswer answer, Optional<URI> staticFallback, String defaultScheme)
      implements BootServerSetting {

    @Override
    public Optional<Found> find() {
      if (answer.option160().filter(v -> !v.isBlank()).isPresent()) {
        return Optional.of(new Found(url(answer.option160().get()), "DHCP option 160"));
      }
      if (answer.option66().filter(v -> !v.isBlank()).isPresent()) {
        return Optional.of(new Found(url(answer.option66().get()), "DHCP option 66"));
      }
      return staticFallback.map(url -> new Found(url, "static fallback"));
    }

    private URI url(String value) {
      String text = value.strip();
      return URI.create(text.contains("://") ? text : defaultScheme + "://" + text);
    }
  }
}
