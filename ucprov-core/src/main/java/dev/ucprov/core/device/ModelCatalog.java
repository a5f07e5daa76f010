package dev.ucprov.core.device;

import java.util.List;
import java.util.Optional;

/**
 * The known models and their part numbers (polycom-facts.md §2), looked up either way.
 *
 * <p>STUB: to be implemented.
 */
public final class ModelCatalog {

  private ModelCatalog() {}

  /** Every known model with a part number, in a stable order. */
  public static List<PhoneModel> known() {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * The model for a token in either spelling: master token ({@code VVX410}) or User-Agent token
   * ({@code VVX_410}), case-insensitive. Unknown tokens give a model without a part number, so any
   * model can still be resolved; only blank or null gives empty.
   */
  public static Optional<PhoneModel> byToken(String token) {
    throw new UnsupportedOperationException("TODO");
  }

  /** The model that a part number belongs to ({@code 3111-46162-001} gives {@code VVX410}). */
  public static Optional<PhoneModel> byPartNumber(String partNumber) {
    throw new UnsupportedOperationException("TODO");
  }
}
