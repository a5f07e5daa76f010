package dev.ucprov.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ucprov.core.testing.Eventually;
import dev.ucprov.core.testing.Gate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
  private final Gate gate = new Gate();
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  @AfterEach
  void stop() {
    gate.open();
    threads.shutdownNow();
  }

  @Test
  void aLoneItemRunsAtOnceInABatchOfItsOwn() {
    GroupCommit<Integer, String> commit = new GroupCommit<>(8, recorded(this::doubled));

    assertThat(commit.submit(21)).isEqualTo("42");
    assertThat(batches).containsExactly(List.of(21));
    assertThat(commit.waiting()).isZero();
  }

  @Test
  void itemsArrivingWhileABatchRunsShareTheNextAndEachGetsItsOwnResult() throws Exception {
    GroupCommit<Integer, String> commit = new GroupCommit<>(64, gated(this::doubled));
    Future<String> first = threads.submit(() -> commit.submit(0));
    awaitBatches(1);
    List<Future<String>> queued = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      int item = i;
      queued.add(threads.submit(() -> commit.submit(item)));
    }
    await(() -> commit.waiting() == 10);

    gate.open();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("0");
    for (int i = 1; i <= 10; i++) {
      assertThat(queued.get(i - 1).get(10, TimeUnit.SECONDS)).isEqualTo(String.valueOf(2 * i));
    }
    assertThat(batches).hasSize(2);
    assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void noBatchTakesMoreThanTheMaximum() throws Exception {
    GroupCommit<Integer, String> commit = new GroupCommit<>(3, gated(this::doubled));
    Future<String> first = threads.submit(() -> commit.submit(0));
    awaitBatches(1);
    List<Future<String>> queued = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      int item = i;
      queued.add(threads.submit(() -> commit.submit(item)));
    }
    await(() -> commit.waiting() == 7);

    gate.open();

    first.get(10, TimeUnit.SECONDS);
    for (Future<String> item : queued) {
      item.get(10, TimeUnit.SECONDS);
    }
    assertThat(batches.stream().map(List::size)).containsExactly(1, 3, 3, 1);
  }

  @Test
  void aStepThatThrowsFailsEveryItemOfItsBatchAndNoOther() throws Exception {
    GroupCommit<Integer, String> commit =
        new GroupCommit<>(
            64,
            gated(items -> {
              if (items.contains(13)) {
                throw new IllegalStateException("unlucky batch " + items);
              }
              return doubled(items);
            }));
    Future<String> first = threads.submit(() -> commit.submit(1));
    awaitBatches(1);
    Future<String> unlucky = threads.submit(() -> commit.submit(13));
    Future<String> neighbour = threads.submit(() -> commit.submit(2));
    await(() -> commit.waiting() == 2);

    gate.open();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("2");
    for (Future<String> failed : List.of(unlucky, neighbour)) {
      assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("unlucky batch");
    }
    assertThat(commit.submit(3)).as("the next batch runs").isEqualTo("6");
  }

  @Test
  void aStepAnsweringTheWrongNumberOfResultsFailsItsBatch() {
    GroupCommit<Integer, String> commit = new GroupCommit<>(8, items -> List.of());

    assertThatThrownBy(() -> commit.submit(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the step answered 0 results for 1 items");
  }

  @Test
  void aBatchHoldsAtLeastOneItem() {
    assertThatThrownBy(() -> new GroupCommit<Integer, String>(0, this::doubled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one item");
  }

  private List<String> doubled(List<Integer> items) {
    return items.stream().map(i -> String.valueOf(2 * i)).toList();
  }

  private Function<List<Integer>, List<String>> recorded(Function<List<Integer>, List<String>> f) {
    return items -> {
      batches.add(List.copyOf(items));
      return f.apply(items);
    };
  }

  /** Records each batch, then holds every batch until the gate opens. */
  private Function<List<Integer>, List<String>> gated(Function<List<Integer>, List<String>> f) {
    return recorded(items -> {
      gate.pass();
      return f.apply(items);
    });
  }

  private void awaitBatches(int count) {
    await(() -> batches.size() >= count);
  }

  private static void await(java.util.function.BooleanSupplier condition) {
    assertThat(Eventually.until(condition, Duration.ofSeconds(10)))
        .as("condition met within 10 s")
        .isTrue();
  }
}
