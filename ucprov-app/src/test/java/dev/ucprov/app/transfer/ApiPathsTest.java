package dev.ucprov.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ucprov.core.files.FilePath;
import dev.ucprov.core.tenant.TenantId;
import org.junit.jupiter.api.Test;

class ApiPathsTest {

  @Test
  void filePathsAreEncodedSegmentBySegment() {
    assertThat(ApiPaths.file(new TenantId("acme"), new FilePath("[PHONE_MAC_ADDRESS]-lines.cfg")))
        .isEqualTo("/api/v1/tenants/acme/files/%5BPHONE_MAC_ADDRESS%5D-lines.cfg");
    assertThat(ApiPaths.encode("over rides/é%.cfg")).isEqualTo("over%20rides/%C3%A9%25.cfg");
  }
}
