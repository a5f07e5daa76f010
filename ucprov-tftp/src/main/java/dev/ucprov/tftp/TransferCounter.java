package dev.ucprov.tftp;

/**
 * Where each ended TFTP request is counted (the application's request metrics). Called on the
 * transfer's thread; implementations are thread-safe and do not block.
 */
@FunctionalInterface
public interface TransferCounter {

  void ended(TransferRecord record);
}
