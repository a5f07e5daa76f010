package dev.ucprov.sim.flash;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A flash in a directory, so a phone keeps its cache between runs of {@code ucprov sim boot --flash
 * DIR}: {@code files/<name>} (the name percent-encoded) with {@code <name>.etag} beside it, and
 * {@code settings.properties}. Writes go through a temporary file and a move, so a killed run
 * leaves the old copy or the new one. Thread-safe (one lock per instance).
 */
public final class DirectoryFlash implements Flash {

  private final Path files;
  private final Path settings;

  private DirectoryFlash(Path root) {
    this.files = root.resolve("files");
    this.settings = root.resolve("settings.properties");
  }

  /**
   * @throws UncheckedIOException when the directory cannot be created
   */
  public static DirectoryFlash open(Path root) {
    DirectoryFlash flash = new DirectoryFlash(root);
    try {
      Files.createDirectories(flash.files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use " + root + " as the phone's flash", e);
    }
    return flash;
  }

  @Override
  public synchronized Optional<CachedFile> file(String name) {
    Path body = files.resolve(encode(name));
    if (!Files.isRegularFile(body)) {
      return Optional.empty();
    }
    try {
      Path etag = files.resolve(encode(name) + ".etag");
      Optional<String> tag =
          Files.isRegularFile(etag) ? Optional.of(Files.readString(etag)) : Optional.empty();
      return Optional.of(new CachedFile(Files.readAllBytes(body), tag));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void store(String name, CachedFile file) {
    Path etag = files.resolve(encode(name) + ".etag");
    try {
      write(files.resolve(encode(name)), file.content());
      if (file.etag().isPresent()) {
        write(etag, file.etag().get().getBytes(StandardCharsets.UTF_8));
      } else {
        Files.deleteIfExists(etag);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void erase(String name) {
    try {
      Files.deleteIfExists(files.resolve(encode(name)));
      Files.deleteIfExists(files.resolve(encode(name) + ".etag"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized Optional<String> setting(String key) {
    return Optional.ofNullable(load().getProperty(key));
  }

  @Override
  public synchronized void setting(String key, String value) {
    Properties all = load();
    all.setProperty(key, value);
    try (Writer out = Files.newBufferedWriter(settings.resolveSibling("settings.tmp"))) {
      all.store(out, "ucprov simulated phone");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    move(settings.resolveSibling("settings.tmp"), settings);
  }

  @Override
  public synchronized void format() {
    try (Stream<Path> all = Files.list(files)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
      Files.deleteIfExists(settings);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every name held, decoded; for people inspecting a flash. */
  public synchronized java.util.List<String> names() {
    try (Stream<Path> all = Files.list(files)) {
      return all.map(p -> p.getFileName().toString())
          .filter(n -> !n.endsWith(".etag") && !n.endsWith(".tmp"))
          .map(n -> URLDecoder.decode(n, StandardCharsets.UTF_8))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Properties load() {
    Properties all = new Properties();
    if (Files.isRegularFile(settings)) {
      try (Reader in = Files.newBufferedReader(settings)) {
        all.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
    Files.write(temporary, bytes);
    move(temporary, target);
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String encode(String name) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8);
  }
}
