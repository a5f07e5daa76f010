package dev.ucprov.http.admin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The admin routes, tried in the order they were added. */
final class Router {

  /** What answers a route. */
  @FunctionalInterface
  interface Action {
    ApiReply answer(ApiRequest request) throws IOException;
  }

  record Route(String method, PathPattern pattern, Action action) {}

  /** Where a request goes. */
  sealed interface Dispatch {
    record Found(Action action, Map<String, String> variables) implements Dispatch {}

    /** The path exists but not with this method: 405 with {@code Allow}. */
    record WrongMethod(List<String> allowed) implements Dispatch {}

    record NoRoute() implements Dispatch {}
  }

  private final List<Route> routes = new ArrayList<>();

  Router add(String method, String pattern, Action action) {
    routes.add(new Route(method, PathPattern.of(pattern), action));
    return this;
  }

  Dispatch dispatch(String method, String path) {
    TreeSet<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> variables = route.pattern().match(path);
      if (variables.isEmpty()) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Dispatch.Found(route.action(), variables.get());
      }
      allowed.add(route.method());
    }
    return allowed.isEmpty()
        ? new Dispatch.NoRoute()
        : new Dispatch.WrongMethod(List.copyOf(allowed));
  }
}
