package dev.ucprov.app.server;

import dev.ucprov.app.cli.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the admin token: {@code UCPROV_ADMIN_TOKEN} when set and not empty, else the token stored
 * in the data directory, else a new one (32 random bytes, URL-safe base64 without padding) stored
 * there.
 *
 * <p>The file is created with mode 0600 in the same call that creates it ({@code CREATE_NEW} with
 * the permissions as a creation attribute), so it is never readable by others, not even for an
 * instant, and a concurrent start cannot overwrite it.
 */
public final class AdminTokenFile {

  /** The environment variable that, when set, is the token. */
  public static final String ENVIRONMENT_VARIABLE = "UCPROV_ADMIN_TOKEN";

  private static final int RANDOM_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private final Path file;
  private final SecureRandom random;

  public AdminTokenFile(Path file, SecureRandom random) {
    this.file = file;
    this.random = random;
  }

  /** The token to use, from {@code environment} (the variable's value, when set) or the file. */
  public AdminToken obtain(Optional<String> environment) {
    Optional<String> fromEnvironment = environment.map(String::strip).filter(v -> !v.isEmpty());
    if (fromEnvironment.isPresent()) {
      return new AdminToken(fromEnvironment.get(), AdminToken.Origin.ENVIRONMENT);
    }
    try {
      Optional<String> stored = read();
      if (stored.isPresent()) {
        return new AdminToken(stored.get(), AdminToken.Origin.STORED);
      }
      String generated = generate();
      if (create(generated)) {
        return new AdminToken(generated, AdminToken.Origin.GENERATED);
      }
      // Another start created it between our read and our create: use theirs.
      return new AdminToken(read().orElseThrow(this::empty), AdminToken.Origin.STORED);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read or create the admin token: " + e, e);
    }
  }

  private Optional<String> read() throws IOException {
    String content;
    try {
      content = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (content.isEmpty()) {
      throw empty();
    }
    return Optional.of(content);
  }

  private InputException empty() {
    return new InputException(
        file + " is empty: delete it to have a new admin token generated on the next start");
  }

  private String generate() {
    byte[] bytes = new byte[RANDOM_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Writes a new file with mode 0600; false when one exists already. */
  private boolean create(String token) throws IOException {
    Files.createDirectories(file.getParent());
    FileAttribute<Set<PosixFilePermission>> ownerOnly =
        PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    try (SeekableByteChannel channel =
        Files.newByteChannel(
            file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly)) {
      ByteBuffer bytes = ByteBuffer.wrap((token + "\n").getBytes(StandardCharsets.US_ASCII));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }
}
