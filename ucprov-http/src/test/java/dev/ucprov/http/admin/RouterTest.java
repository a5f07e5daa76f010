package dev.ucprov.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

  private final Router.Action files = r -> new ApiReply.NoContent();
  private final Router.Action tenant = r -> new ApiReply.NoContent();
  private final Router router =
      new Router()
          .add("GET", "/api/v1/tenants/{tenant}", tenant)
          .add("PUT", "/api/v1/tenants/{tenant}", tenant)
          .add("GET", "/api/v1/tenants/{tenant}/files", files)
          .add("GET", "/api/v1/tenants/{tenant}/files/{path...}", files);

  @Test
  void variablesAreTakenFromTheirSegments() {
    assertThat(router.dispatch("GET", "/api/v1/tenants/acme"))
        .isEqualTo(new Router.Dispatch.Found(tenant, Map.of("tenant", "acme")));
  }

  @Test
  void aTailVariableTakesTheRestOfThePathWithItsSlashes() {
    assertThat(router.dispatch("GET", "/api/v1/tenants/acme/files/site/a b.cfg"))
        .isEqualTo(
            new Router.Dispatch.Found(files, Map.of("tenant", "acme", "path", "site/a b.cfg")));
  }

  @Test
  void aPathWithoutTheRightMethodNamesTheAllowedOnes() {
    assertThat(router.dispatch("DELETE", "/api/v1/tenants/acme"))
        .isEqualTo(new Router.Dispatch.WrongMethod(List.of("GET", "PUT")));
  }

  @Test
  void otherPathsHaveNoRoute() {
    for (String path :
        new String[] {
          "/api/v1/tenants", "/api/v1/tenants/", "/api/v1/tenants/acme/x", "api/v1/tenants/a", ""
        }) {
      assertThat(router.dispatch("GET", path)).as(path).isEqualTo(new Router.Dispatch.NoRoute());
    }
  }
}
