package dev.ucprov.http.tls;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the server's private key from a PEM file in any of the three forms openssl writes: PKCS#8
 * ({@code BEGIN PRIVATE KEY}, RFC 5208), PKCS#1 RSA ({@code BEGIN RSA PRIVATE KEY}, RFC 8017
 * appendix A.1.2) and SEC1 EC ({@code BEGIN EC PRIVATE KEY}, RFC 5915). The last two are rewrapped
 * as PKCS#8 for the JDK's key factories. Encrypted keys are refused: the server starts unattended,
 * with nobody to type a pass phrase.
 */
final class PemPrivateKey {

  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] RSA_OID = HEX.parseHex("06092a864886f70d010101");
  private static final byte[] EC_OID = HEX.parseHex("06072a8648ce3d0201");
  private static final byte[] VERSION_0 = HEX.parseHex("020100");
  private static final byte[] DER_NULL = HEX.parseHex("0500");

  private PemPrivateKey() {}

  static PrivateKey read(TlsFile file) {
    List<PemBlock> blocks = PemBlock.read(file);
    List<PemBlock> keys = blocks.stream().filter(b -> b.label().endsWith("PRIVATE KEY")).toList();
    if (keys.isEmpty()) {
      throw file.problem(noKey(blocks));
    }
    if (keys.size() > 1) {
      throw file.problem(
          "holds "
              + keys.size()
              + " private keys (lines "
              + keys.stream().map(k -> Integer.toString(k.line())).collect(Collectors.joining(", "))
              + "); keep only the server's");
    }
    PemBlock key = keys.getFirst();
    if (key.encrypted() || key.label().equals("ENCRYPTED PRIVATE KEY")) {
      throw file.problem(
          "line "
              + key.line()
              + ": the private key is encrypted, and ucprov starts without anyone to type its pass"
              + " phrase; decrypt it (openssl pkey -in KEY -out PLAIN.pem, readable by ucprov only)"
              + " or use --tls-keystore with UCPROV_TLS_KEYSTORE_PASSWORD");
    }
    return switch (key.label()) {
      case "PRIVATE KEY" -> pkcs8(file, key, key.der());
      case "RSA PRIVATE KEY" -> pkcs8(file, key, rsaAsPkcs8(key.der()));
      case "EC PRIVATE KEY" -> pkcs8(file, key, ecAsPkcs8(file, key, curveBlock(blocks)));
      default ->
          throw file.problem(
              "line "
                  + key.line()
                  + ": BEGIN "
                  + key.label()
                  + " is not a key form ucprov reads (BEGIN PRIVATE KEY, BEGIN RSA PRIVATE KEY or"
                  + " BEGIN EC PRIVATE KEY)");
    };
  }

  private static String noKey(List<PemBlock> blocks) {
    if (blocks.isEmpty()) {
      return "no PEM private key in it (expected a -----BEGIN PRIVATE KEY----- block)";
    }
    if (blocks.stream().anyMatch(b -> b.label().equals("CERTIFICATE"))) {
      return "holds a certificate but no private key (is it the certificate file?)";
    }
    return "holds no private key, only "
        + blocks.stream()
            .map(b -> "BEGIN " + b.label())
            .distinct()
            .collect(Collectors.joining(", "));
  }

  /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey. */
  private static byte[] rsaAsPkcs8(byte[] pkcs1) {
    return Der.sequence(
        VERSION_0, Der.sequence(RSA_OID, DER_NULL), Der.encode(Der.OCTET_STRING, pkcs1));
  }

  /** The {@code EC PARAMETERS} block {@code openssl ecparam -genkey} writes before the key. */
  private static Optional<PemBlock> curveBlock(List<PemBlock> blocks) {
    return blocks.stream().filter(b -> b.label().equals("EC PARAMETERS")).findFirst();
  }

  /**
   * PKCS#8 PrivateKeyInfo around a SEC1 ECPrivateKey; the curve from the key's own parameters, else
   * from an {@code EC PARAMETERS} block of the same file.
   */
  private static byte[] ecAsPkcs8(TlsFile file, PemBlock key, Optional<PemBlock> curveBlock) {
    Der.Value curve;
    try {
      Optional<Der.Value> inKey =
          Der.parse(key.der()).child(Der.CONTEXT_0).map(p -> single(p.children()));
      Optional<Der.Value> inFile = curveBlock.map(b -> Der.parse(b.der()));
      curve =
          inKey
              .or(() -> inFile)
              .orElseThrow(() ->
                  file.problem(
                      "line " + key.line() + ": the EC private key does not name its curve"));
    } catch (IllegalArgumentException e) {
      throw unreadable(file, key, e.getMessage());
    }
    if (curve.tag() != Der.OID) {
      throw file.problem(
          "line "
              + key.line()
              + ": the EC private key has explicit curve parameters; use a named curve (P-256,"
              + " P-384)");
    }
    return Der.sequence(
        VERSION_0, Der.sequence(EC_OID, curve.encoded()), Der.encode(Der.OCTET_STRING, key.der()));
  }

  private static Der.Value single(List<Der.Value> values) {
    if (values.size() != 1) {
      throw new IllegalArgumentException("the curve parameters are not one value");
    }
    return values.getFirst();
  }

  private static PrivateKey pkcs8(TlsFile file, PemBlock block, byte[] pkcs8) {
    String algorithm = algorithm(file, block, pkcs8);
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw unreadable(file, block, e.getMessage());
    }
  }

  /** RSA or EC, from the PrivateKeyInfo's algorithm identifier; any other key is refused. */
  private static String algorithm(TlsFile file, PemBlock block, byte[] pkcs8) {
    byte[] oid;
    try {
      List<Der.Value> info = Der.parse(pkcs8).children();
      oid = info.get(1).children().getFirst().encoded();
    } catch (IllegalArgumentException
        | IndexOutOfBoundsException
        | java.util.NoSuchElementException e) {
      throw unreadable(file, block, "not a PKCS#8 PrivateKeyInfo");
    }
    if (Arrays.equals(oid, RSA_OID)) {
      return "RSA";
    }
    if (Arrays.equals(oid, EC_OID)) {
      return "EC";
    }
    throw file.problem(
        "line " + block.line() + ": the key is neither RSA nor EC, the two kinds phones accept");
  }

  private static TlsFileException unreadable(TlsFile file, PemBlock block, String why) {
    return file.problem(
        "line "
            + block.line()
            + ": the BEGIN "
            + block.label()
            + " block is not a readable key ("
            + why
            + ")");
  }
}
