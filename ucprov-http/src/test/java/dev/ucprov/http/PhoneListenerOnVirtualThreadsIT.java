package dev.ucprov.http;

/**
 * Every test of {@link PhoneListenerIT} again, with blob reads that would block: each answer that
 * reads a file's body starts on the network thread and moves to a virtual thread, and must not be
 * told apart from one made on the network thread.
 */
class PhoneListenerOnVirtualThreadsIT extends PhoneListenerIT {

  @Override
  boolean blobReadsBlock() {
    return true;
  }
}
