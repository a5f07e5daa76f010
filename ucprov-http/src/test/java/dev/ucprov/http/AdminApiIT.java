package dev.ucprov.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACME =
      """
      {"name": "Acme", "hostnames": ["acme.prov.example"],
       "credentials": {"username": "phone", "password": "s3cret"}, "variables": {"site": "hq"}}
      """;

  private World world;

  @BeforeEach
  void start() throws Exception {
    world = new World();
  }

  @AfterEach
  void stop() throws Exception {
    world.close();
  }

  @Nested
  class Access {

    @Test
    void healthNeedsNoToken() throws IOException {
      HttpResponse<byte[]> response = world.send(world.servers.adminUri(), "GET", "/health");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response)).isEqualTo(JSON.readTree("{\"status\":\"up\"}"));
    }

    @Test
    void everythingElseNeedsTheToken() throws IOException {
      HttpResponse<byte[]> none = world.send(world.servers.adminUri(), "GET", "/api/v1/tenants");
      HttpResponse<byte[]> wrong =
          world.send(world.servers.adminUri(), "GET", "/metrics", "Authorization", "Bearer nope");
      HttpResponse<byte[]> basic =
          world.send(
              world.servers.adminUri(), "GET", "/api/v1/tenants", "Authorization", "Basic YTpi");

      for (HttpResponse<byte[]> response : List.of(none, wrong, basic)) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
            .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
      }
      assertThat(error(none)).contains("missing Authorization header");
      assertThat(error(wrong)).isEqualTo("wrong bearer token in Authorization header");
      assertThat(error(basic)).contains("not 'Bearer <token>'");
    }

    @Test
    void anUnknownRouteIs404AndAWrongMethod405WithAllow() throws IOException {
      HttpResponse<byte[]> unknown = world.admin("GET", "/api/v1/nothing", null);
      HttpResponse<byte[]> wrong = world.admin("POST", "/api/v1/tenants", "{}");

      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(error(unknown)).isEqualTo("no such route: GET /api/v1/nothing");
      assertThat(wrong.statusCode()).isEqualTo(405);
      assertThat(wrong.headers().firstValue("Allow")).contains("GET");
      assertThat(error(wrong)).contains("POST not allowed on /api/v1/tenants");
    }

    @Test
    void anEncodedSlashInAnAdminPathIsRefused() throws Exception {
      String raw =
          RawHttp.send(
              world.servers.adminPort(),
              "GET /api/v1/shared/files/a%2Fb HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + World.TOKEN
                  + "\r\nConnection: close\r\n\r\n");
      assertThat(raw).startsWith("HTTP/1.1 400").contains("encoded '/' (%2F)");
    }
  }

  @Nested
  class Tenants {

    @Test
    void putCreatesThenReplacesAndGetHidesThePassword() throws IOException {
      HttpResponse<byte[]> created = world.admin("PUT", "/api/v1/tenants/acme", ACME);
      HttpResponse<byte[]> replaced = world.admin("PUT", "/api/v1/tenants/acme", ACME);
      HttpResponse<byte[]> got = world.admin("GET", "/api/v1/tenants/acme", null);

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(replaced.statusCode()).isEqualTo(200);
      assertThat(got.statusCode()).isEqualTo(200);
      assertThat(json(got))
          .isEqualTo(
              JSON.readTree(
                  """
                  {"id": "acme", "name": "Acme", "hostnames": ["acme.prov.example"],
                   "credentials": {"username": "phone", "password": "***"},
                   "variables": {"site": "hq"}, "sip": null, "networks": [],
                   "factoryAccount": false}
                  """));
      assertThat(World.text(got)).doesNotContain("s3cret");
    }

    @Test
    void listAndDelete() throws IOException {
      world.admin("PUT", "/api/v1/tenants/acme", ACME);
      world.admin("PUT", "/api/v1/tenants/beta", "{\"name\": \"Beta\"}");

      HttpResponse<byte[]> list = world.admin("GET", "/api/v1/tenants", null);
      HttpResponse<byte[]> deleted = world.admin("DELETE", "/api/v1/tenants/beta", null);
      HttpResponse<byte[]> gone = world.admin("GET", "/api/v1/tenants/beta", null);

      assertThat(json(list).get("tenants").findValuesAsText("id")).containsExactly("acme", "beta");
      assertThat(json(list).get("tenants").get(1).get("credentials").isNull()).isTrue();
      assertThat(deleted.statusCode()).isEqualTo(200);
      assertThat(json(deleted).get("id").asText()).isEqualTo("beta");
      assertThat(gone.statusCode()).isEqualTo(404);
      assertThat(error(gone)).isEqualTo("no tenant \"beta\"");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "{\"name\": |400|request body is not valid JSON at line 1, column",
          "[1, 2]|400|request body must be a JSON object",
          "{\"name\": \"A\", \"colour\": 1}|400|unknown field 'colour'",
          "{\"hostnames\": []}|400|name: a tenant needs a name",
          "{\"name\": 5}|400|field 'name' must be a string",
          "{\"name\": \"A\", \"hostnames\": [\"ok.example\", \"bad host\"]}|400|hostnames[1]",
          "{\"name\": \"A\", \"variables\": {\"x\": 1}}|400|field 'variables.x' must be a string",
          "{\"name\": \"A\", \"credentials\": {\"password\": \"p\"}}|400|credentials.username",
          "{\"name\": \"A\", \"credentials\": {\"username\": \"u\", \"pin\": 1}}|400|credentials.pin",
          "''|400|request body is empty",
          "{\"name\": \"A\", \"networks\": [\"10.0.0.0/33\"]}|400|networks[0]: \"10.0.0.0/33\": the"
              + " prefix length must be 0 to 32",
          "{\"name\": \"A\", \"networks\": [\"10.0.0.0/8\", \"10.1.0.0/16\"]}|400|networks[1]:"
              + " 10.1.0.0/16 overlaps 10.0.0.0/8",
          "{\"name\": \"A\", \"networks\": \"10.0.0.0/8\"}|400|field 'networks' must be an array",
          "{\"name\": \"A\", \"factoryAccount\": \"yes\"}|400|field 'factoryAccount' must be true"
              + " or false"
        })
    void badInputIsRefusedNamingTheFieldAndChangesNothing(String body, int status, String message)
        throws IOException {
      world.admin("PUT", "/api/v1/tenants/acme", ACME);

      HttpResponse<byte[]> refused = world.admin("PUT", "/api/v1/tenants/acme", body);

      assertThat(refused.statusCode()).isEqualTo(status);
      assertThat(error(refused)).contains(message);
      assertThat(json(world.admin("GET", "/api/v1/tenants/acme", null)).get("name").asText())
          .isEqualTo("Acme");
    }

    @Test
    void anInvalidTenantIdIs400() throws IOException {
      HttpResponse<byte[]> refused = world.admin("PUT", "/api/v1/tenants/Not_Valid", ACME);

      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(error(refused)).startsWith("tenant: ");
    }

    @Test
    void aHostNameOfAnotherTenantIsAConflictAndChangesNothing() throws IOException {
      world.admin("PUT", "/api/v1/tenants/acme", ACME);
      world.admin("PUT", "/api/v1/tenants/beta", "{\"name\": \"Beta\"}");

      HttpResponse<byte[]> refused =
          world.admin(
              "PUT",
              "/api/v1/tenants/beta",
              "{\"name\": \"Beta 2\", \"hostnames\": [\"acme.prov.example\"]}");

      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(error(refused)).contains("acme.prov.example").contains("acme");
      assertThat(json(world.admin("GET", "/api/v1/tenants/beta", null)).get("name").asText())
          .isEqualTo("Beta");
    }

    @Test
    void networksAndTheFactoryAccountAreStoredInCanonicalForm() throws IOException {
      HttpResponse<byte[]> created =
          world.admin(
              "PUT",
              "/api/v1/tenants/acme",
              "{\"name\": \"Acme\", \"networks\": [\"10.20.3.4/16\", \"2001:DB8::/32\"],"
                  + " \"factoryAccount\": true}");

      assertThat(created.statusCode()).isEqualTo(201);
      JsonNode got = json(world.admin("GET", "/api/v1/tenants/acme", null));
      assertThat(got.get("networks").toString()).isEqualTo("[\"10.20.0.0/16\",\"2001:db8::/32\"]");
      assertThat(got.get("factoryAccount").booleanValue()).isTrue();
    }

    @Test
    void aNetworkOverlappingAnotherTenantsIsAConflictAndChangesNothing() throws IOException {
      world.admin(
          "PUT", "/api/v1/tenants/acme", "{\"name\": \"Acme\", \"networks\": [\"10.20.0.0/16\"]}");
      world.admin(
          "PUT", "/api/v1/tenants/beta", "{\"name\": \"Beta\", \"networks\": [\"10.30.0.0/16\"]}");

      HttpResponse<byte[]> refused =
          world.admin(
              "PUT",
              "/api/v1/tenants/beta",
              "{\"name\": \"Beta 2\", \"networks\": [\"10.0.0.0/8\"]}");

      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(error(refused))
          .isEqualTo(
              "networks: 10.0.0.0/8 overlaps 10.20.0.0/16 of tenant acme; a source address must"
                  + " lead to one tenant");
      JsonNode beta = json(world.admin("GET", "/api/v1/tenants/beta", null));
      assertThat(beta.get("name").asText()).isEqualTo("Beta");
      assertThat(beta.get("networks").toString()).isEqualTo("[\"10.30.0.0/16\"]");
    }

    @Test
    void aJsonBodyOfAnotherMediaTypeIs415() throws IOException {
      HttpResponse<byte[]> refused =
          world.admin("PUT", "/api/v1/tenants/acme", ACME, "Content-Type", "text/plain");

      assertThat(refused.statusCode()).isEqualTo(415);
      assertThat(error(refused)).contains("application/json");
      assertThat(world.admin("GET", "/api/v1/tenants/acme", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aJsonBodyOverTheLimitIs413() throws IOException {
      String huge = "{\"name\": \"" + "x".repeat(5000) + "\"}";

      HttpResponse<byte[]> refused =
          world.admin("PUT", "/api/v1/tenants/acme", huge, "Content-Type", "application/json");

      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(error(refused)).contains("4096 bytes");
      assertThat(world.admin("GET", "/api/v1/tenants/acme", null).statusCode()).isEqualTo(404);
    }
  }

  static JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static String error(HttpResponse<byte[]> response) throws IOException {
    JsonNode node = json(response);
    assertThat(node.size()).as("an error has only the error field: " + node).isEqualTo(1);
    return node.get("error").asText();
  }

  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
