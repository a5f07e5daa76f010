package dev.ucprov.core.inventory;

import dev.ucprov.core.device.Protocol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The newest requests of one device, at most {@link DeviceInventory#RECENT_REQUESTS}, in parallel
 * arrays: an added request costs no object of its own, only its method and path strings are kept,
 * and an older request past the limit is overwritten, since no one is ever shown it. Not
 * thread-safe.
 */
public final class RequestRing {

  /** One request, as {@link #forEachNewestFirst} hands it over without making a record of it. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * @param epochSecond and {@code nano}: the request's time, as {@link Instant} splits it
     */
    void visit(
        long epochSecond,
        int nano,
        Protocol protocol,
        String method,
        String path,
        int status,
        long bytes);
  }

  private static final int FIRST_CAPACITY = 4;

  /** How many of the newest requests {@link #shared} compares a new method or path with. */
  private static final int SHARED_LOOK_BACK = 16;

  private long[] seconds = new long[FIRST_CAPACITY];
  private int[] nanos = new int[FIRST_CAPACITY];
  private Protocol[] protocols = new Protocol[FIRST_CAPACITY];
  private String[] methods = new String[FIRST_CAPACITY];
  private String[] paths = new String[FIRST_CAPACITY];
  private int[] statuses = new int[FIRST_CAPACITY];
  private long[] bytes = new long[FIRST_CAPACITY];

  /** The slot of the next request once the ring is full; before, the count. */
  private int next;

  private int size;

  public void add(RequestRecord request) {
    if (size == seconds.length && size < DeviceInventory.RECENT_REQUESTS) {
      grow();
    }
    int slot = size < seconds.length ? size : next;
    Instant time = request.time();
    seconds[slot] = time.getEpochSecond();
    nanos[slot] = time.getNano();
    protocols[slot] = request.protocol();
    methods[slot] = shared(methods, request.method());
    paths[slot] = shared(paths, request.path());
    statuses[slot] = request.status();
    bytes[slot] = request.bytes();
    if (size < seconds.length) {
      size++;
      next = size % seconds.length;
    } else {
      next = (slot + 1) % seconds.length;
    }
  }

  /** Whether the ring holds as many requests as a device shows: older ones are never shown. */
  public boolean full() {
    return size == DeviceInventory.RECENT_REQUESTS;
  }

  /** How many requests are kept: at most {@link DeviceInventory#RECENT_REQUESTS}. */
  public int size() {
    return size;
  }

  public void forEachNewestFirst(Visitor visitor) {
    for (int i = 1; i <= size; i++) {
      int slot = Math.floorMod(next - i, seconds.length);
      visitor.visit(
          seconds[slot],
          nanos[slot],
          protocols[slot],
          methods[slot],
          paths[slot],
          statuses[slot],
          bytes[slot]);
    }
  }

  /** The kept requests as records, newest first. */
  public List<RequestRecord> newestFirst() {
    List<RequestRecord> records = new ArrayList<>(size);
    forEachNewestFirst((second, nano, protocol, method, path, status, sent) ->
        records.add(
            new RequestRecord(
                Instant.ofEpochSecond(second, nano), protocol, method, path, status, sent)));
    return records;
  }

  /**
   * An equal string among the newest few kept, else {@code text}: a phone asks for the same few
   * files again and again, and each request brings its own copy of the name, which would otherwise
   * be kept until the batch is written.
   */
  private String shared(String[] kept, String text) {
    for (int i = 1; i <= Math.min(size, SHARED_LOOK_BACK); i++) {
      String known = kept[Math.floorMod(next - i, kept.length)];
      if (text.equals(known)) {
        return known;
      }
    }
    return text;
  }

  private void grow() {
    int capacity = Math.min(DeviceInventory.RECENT_REQUESTS, seconds.length * 2);
    seconds = Arrays.copyOf(seconds, capacity);
    nanos = Arrays.copyOf(nanos, capacity);
    protocols = Arrays.copyOf(protocols, capacity);
    methods = Arrays.copyOf(methods, capacity);
    paths = Arrays.copyOf(paths, capacity);
    statuses = Arrays.copyOf(statuses, capacity);
    bytes = Arrays.copyOf(bytes, capacity);
    next = size;
  }
}
