package dev.ucprov.http.ops;

import dev.ucprov.core.provisioning.InventoryRecorder;
import dev.ucprov.core.provisioning.RenderCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Exposes the service's own counters, read at each scrape: {@code ucprov_render_cache_hits_total},
 * {@code ucprov_render_cache_misses_total} (monotonic, so counters), {@code
 * ucprov_inventory_queue_depth} (a gauge) and {@code ucprov_inventory_dropped_total}.
 */
public final class ServiceGauges {

  private ServiceGauges() {}

  public static void bind(MeterRegistry registry, RenderCache cache, InventoryRecorder recorder) {
    FunctionCounter.builder("ucprov.render.cache.hits", cache, RenderCache::hits)
        .description("Rendered files served from the cache")
        .register(registry);
    FunctionCounter.builder("ucprov.render.cache.misses", cache, RenderCache::misses)
        .description("Rendered files that had to be rendered")
        .register(registry);
    Gauge.builder("ucprov.inventory.queue.depth", recorder, InventoryRecorder::queueDepth)
        .description("Sightings waiting to be written to the inventory")
        .register(registry);
    FunctionCounter.builder("ucprov.inventory.dropped", recorder, InventoryRecorder::dropped)
        .description("Sightings dropped because the inventory queue was full")
        .register(registry);
  }
}
