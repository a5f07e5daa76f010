package dev.ucprov.http;

/**
 * Every test of {@link PhoneAuthIT} again, with blob reads that would block: the answer moves to a
 * virtual thread after the request's credentials were read, so a Digest nonce count (read once) is
 * neither counted twice nor taken for a replay.
 */
class PhoneAuthOnVirtualThreadsIT extends PhoneAuthIT {

  @Override
  boolean blobReadsBlock() {
    return true;
  }
}
