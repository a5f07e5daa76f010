package dev.ucprov.core.device;

import java.util.Optional;

/**
 * A phone model as the master config and the firmware names know it.
 *
 * @param masterToken the token of {@code APPLICATION_<MODEL>}: the User-Agent model with {@code _}
 *     removed ({@code VVX410}, {@code SPIP650})
 * @param partNumber the part number that names split firmware images ({@code 3111-46162-001}), when
 *     known
 */
public record PhoneModel(String masterToken, Optional<String> partNumber) {}
