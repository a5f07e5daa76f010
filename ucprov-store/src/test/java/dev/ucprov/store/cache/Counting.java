package dev.ucprov.store.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A repository that counts the calls it passes on, by method name. Thread-safe. */
final class Counting<T> {

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final T repository;

  Counting(Class<T> type, T delegate) {
    this.repository =
        type.cast(
            Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> {
                  calls
                      .computeIfAbsent(method.getName(), name -> new AtomicInteger())
                      .incrementAndGet();
                  try {
                    return method.invoke(delegate, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                }));
  }

  T repository() {
    return repository;
  }

  int calls(String method) {
    AtomicInteger count = calls.get(method);
    return count == null ? 0 : count.get();
  }
}
