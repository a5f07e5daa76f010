package dev.ucprov.core.provisioning;

import dev.ucprov.core.files.BlobStore;
import dev.ucprov.core.files.FileVersion;
import dev.ucprov.core.provisioning.FileLookup.Found;
import dev.ucprov.core.template.RenderContext;
import dev.ucprov.core.template.TemplateRenderer;
import dev.ucprov.core.template.TemplateRenderer.RenderOutcome;
import dev.ucprov.core.tenant.Tenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Renders a found template through the cache. A failure is this device's alone: it becomes a {@link
 * FileReply.RenderFailed} and is not cached, so every other file and device is unaffected.
 * Thread-safe.
 */
final class Rendering {

  private final BlobStore blobs;
  private final TemplateRenderer renderer;
  private final RenderCache cache;
  private final Clock clock;

  Rendering(BlobStore blobs, TemplateRenderer renderer, RenderCache cache, Clock clock) {
    this.blobs = blobs;
    this.renderer = renderer;
    this.cache = cache;
    this.clock = clock;
  }

  FileReply render(Found found, Tenant tenant, RenderContext context, Routing routing) {
    FileVersion version = found.file().latest();
    RenderCache.Key key =
        new RenderCache.Key(version.blob().sha256(), found.device(), tenant, context.server());
    Optional<RenderCache.Entry> cached = cache.get(key);
    if (cached.isPresent()) {
      return served(found, cached.get(), routing);
    }
    String name = found.file().path().value();
    Optional<byte[]> source;
    try {
      source = blobs.read(version.blob());
    } catch (IOException e) {
      return failed(found, tenant, "cannot read template " + name + ": " + e.getMessage(), routing);
    }
    if (source.isEmpty()) {
      return failed(found, tenant, "template " + name + " has no stored body", routing);
    }
    RenderOutcome outcome =
        renderer.render(name, new String(source.get(), StandardCharsets.UTF_8), context);
    return switch (outcome) {
      case RenderOutcome.Rendered(String text) -> {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Instant now = clock.instant();
        Instant renderedAt = now.isAfter(version.time()) ? now : version.time();
        RenderCache.Entry entry = new RenderCache.Entry(bytes, Sha256.of(bytes), renderedAt);
        cache.put(key, entry);
        yield served(found, entry, routing);
      }
      case RenderOutcome.Failed(TemplateRenderer.TemplateError error) ->
          failed(
              found,
              tenant,
              "template "
                  + error.name()
                  + (error.line() > 0 ? " line " + error.line() : "")
                  + ": "
                  + error.message(),
              routing);
    };
  }

  private static FileReply served(Found found, RenderCache.Entry entry, Routing routing) {
    return new FileReply.Served(
        found.servedPath(),
        ContentTypes.of(found.servedPath()),
        entry.sha256(),
        entry.renderedAt(),
        new FileReply.Body.Bytes(entry.content()),
        routing);
  }

  private static FileReply failed(Found found, Tenant tenant, String why, Routing routing) {
    String forWhom =
        found.device().map(d -> "device " + d.mac().colonSeparated() + " of ").orElse("")
            + "tenant "
            + tenant.id();
    return new FileReply.RenderFailed(found.servedPath(), why + " (for " + forWhom + ")", routing);
  }
}
