package dev.ucprov.http.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The server identity from a PKCS#12 keystore (RFC 7292): exactly one private key entry with its
 * certificate chain, the key protected by the keystore's own password, as openssl and keytool write
 * it.
 */
final class Pkcs12Identity {

  private Pkcs12Identity() {}

  static ServerIdentity read(TlsFile file, String password) {
    char[] secret = password.toCharArray();
    KeyStore store = load(file, secret);
    String alias = keyAlias(file, store);
    try {
      Key key = store.getKey(alias, secret);
      if (!(key instanceof PrivateKey privateKey)) {
        throw file.problem("the entry '" + alias + "' holds no private key");
      }
      List<X509Certificate> chain = chain(file, store.getCertificateChain(alias), alias);
      checkAlgorithm(file, privateKey);
      if (!ServerIdentity.belongs(privateKey, chain.getFirst().getPublicKey())) {
        throw file.problem("the key of entry '" + alias + "' does not belong to its certificate");
      }
      return new ServerIdentity(privateKey, chain);
    } catch (UnrecoverableKeyException e) {
      throw file.problem(
          "the key of entry '" + alias + "' has a password other than the keystore's", e);
    } catch (GeneralSecurityException e) {
      throw file.problem("cannot read the entry '" + alias + "': " + e.getMessage(), e);
    }
  }

  private static KeyStore load(TlsFile file, char[] secret) {
    byte[] bytes = file.read();
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(bytes), secret);
      return store;
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw file.problem(
            "wrong keystore password (give it in UCPROV_TLS_KEYSTORE_PASSWORD,"
                + " --tls-keystore-password or the YAML key tls-keystore-password)",
            e);
      }
      throw file.problem("not a PKCS#12 keystore (" + e.getMessage() + ")", e);
    } catch (GeneralSecurityException e) {
      throw file.problem("not a PKCS#12 keystore (" + e.getMessage() + ")", e);
    }
  }

  private static String keyAlias(TlsFile file, KeyStore store) {
    try {
      List<String> keys = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          keys.add(alias);
        }
      }
      if (keys.isEmpty()) {
        throw file.problem("holds no private key entry, only certificates");
      }
      if (keys.size() > 1) {
        throw file.problem(
            "holds " + keys.size() + " private keys (" + String.join(", ", keys) + "); keep one");
      }
      return keys.getFirst();
    } catch (GeneralSecurityException e) {
      throw file.problem("cannot list its entries: " + e.getMessage(), e);
    }
  }

  private static List<X509Certificate> chain(TlsFile file, Certificate[] chain, String alias) {
    if (chain == null || chain.length == 0) {
      throw file.problem("the entry '" + alias + "' has a key but no certificate");
    }
    return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
  }

  private static void checkAlgorithm(TlsFile file, PrivateKey key) {
    if (!key.getAlgorithm().equals("RSA") && !key.getAlgorithm().equals("EC")) {
      throw file.problem(
          "the key is " + key.getAlgorithm() + ", neither RSA nor EC, the two kinds phones accept");
    }
  }
}
