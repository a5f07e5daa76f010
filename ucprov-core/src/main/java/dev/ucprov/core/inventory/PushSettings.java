package dev.ucprov.core.inventory;

import dev.ucprov.core.tenant.Credentials;
import java.util.Optional;

/**
 * How a check-sync reaches one phone through its Push API instead of SIP ({@code apps.push.*} on
 * the phone). A device with push settings is reached this way.
 *
 * @param url the phone's push URL ({@code http://10.0.0.5/push}); empty for {@code http://<last
 *     seen address>/push}
 * @param credentials {@code apps.push.username} and {@code apps.push.password}: the phone refuses a
 *     push without digest authentication
 */
public record PushSettings(Optional<String> url, Credentials credentials) {}
