package dev.ucprov.core.checksync.auto;

/** Told of each change as it is stored; must return quickly (it runs on the request's thread). */
@FunctionalInterface
public interface ChangeSink {

  void changed(Change change);
}
