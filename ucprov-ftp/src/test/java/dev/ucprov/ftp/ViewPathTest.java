package dev.ucprov.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ViewPathTest {

  private static final ViewPath CONFIG = new ViewPath(List.of("config"));

  @Test
  void relativePathsResolveFromTheWorkingDirectoryAndAbsoluteOnesFromTheRoot() {
    assertThat(ViewPath.resolve(CONFIG, "site.cfg")).contains(path("config", "site.cfg"));
    assertThat(ViewPath.resolve(CONFIG, "/site.cfg")).contains(path("site.cfg"));
    assertThat(ViewPath.resolve(CONFIG, "./a//b/")).contains(path("config", "a", "b"));
    assertThat(ViewPath.resolve(CONFIG, "../logs/x.log")).contains(path("logs", "x.log"));
    assertThat(ViewPath.resolve(CONFIG, "..\\logs\\x.log")).contains(path("logs", "x.log"));
    assertThat(ViewPath.resolve(CONFIG, "")).contains(CONFIG);
  }

  @Test
  void climbingAboveTheRootResolvesToNothing() {
    assertThat(ViewPath.resolve(CONFIG, "../..")).isEmpty();
    assertThat(ViewPath.resolve(ViewPath.ROOT, "..")).isEmpty();
    assertThat(ViewPath.resolve(ViewPath.ROOT, "/../etc/passwd")).isEmpty();
    assertThat(ViewPath.resolve(ViewPath.ROOT, "a/../../b")).isEmpty();
    assertThat(ViewPath.resolve(ViewPath.ROOT, "a/../b")).contains(path("b"));
  }

  @Test
  void aPathShowsAbsoluteAndGoesToTheCoreRelative() {
    ViewPath log = path("logs", "0004f2aabbcc-app.log");
    assertThat(log).hasToString("/logs/0004f2aabbcc-app.log");
    assertThat(log.relative()).isEqualTo("logs/0004f2aabbcc-app.log");
    assertThat(log.name()).isEqualTo("0004f2aabbcc-app.log");
    assertThat(ViewPath.ROOT).hasToString("/");
    assertThat(ViewPath.ROOT.name()).isEqualTo("/");
  }

  @Test
  void aDirectoryContainsWhatLiesBelowIt() {
    assertThat(ViewPath.ROOT.contains(path("a", "b"))).isTrue();
    assertThat(path("a").contains(path("a", "b"))).isTrue();
    assertThat(path("a").contains(path("a"))).isFalse();
    assertThat(path("a").contains(path("ab", "c"))).isFalse();
    assertThat(ViewPath.ROOT.childToward(path("a", "b"))).isEqualTo(path("a"));
  }

  @Property
  void noArgumentEverResolvesToASegmentThatClimbs(
      @ForAll
          @StringLength(max = 40)
          @CharRange(from = '.', to = '/')
          @CharRange(from = 'a', to = 'c')
          String argument) {
    Optional<ViewPath> resolved = ViewPath.resolve(CONFIG, argument);
    resolved.ifPresent(path ->
        assertThat(path.segments()).noneMatch(s -> s.isEmpty() || s.equals(".") || s.equals("..")));
  }

  private static ViewPath path(String... segments) {
    return new ViewPath(List.of(segments));
  }
}
