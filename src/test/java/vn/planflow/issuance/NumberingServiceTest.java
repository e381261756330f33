package vn.planflow.issuance;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.planflow.support.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real commits on a named in-memory H2 (no test transaction), so concurrent threads really
 * contend for the series row. The pool is larger than the thread count because a first user
 * briefly holds a second connection for the REQUIRES_NEW insert.
 */
@DataJpaTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:numbering;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "spring.datasource.hikari.maximum-pool-size=40"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({IssuanceTestConfig.class, NumberingService.class})
class NumberingServiceTest {

    @Autowired
    NumberingService numbering;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** A unit of its own per test: the database outlives each test. */
    private static String freshUnit() {
        return "unit-" + UUID.randomUUID();
    }

    private int issue(String unit, int year) {
        return new TransactionTemplate(transactionManager).execute(status -> numbering.next(unit, year));
    }

    @Test
    void concurrentIssuersGetOneToFourHundredWithoutGapOrDuplicate() throws Exception {
        String unit = freshUnit();
        int threads = 16;
        int perThread = 25;
        Queue<Integer> numbers = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        numbers.add(issue(unit, 2026));
                    }
                    return null;
                }));
            }
            start.countDown(); // every thread races for the very first number too
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers).hasSize(threads * perThread);
        assertThat(numbers.stream().sorted().toList())
                .isEqualTo(IntStream.rangeClosed(1, threads * perThread).boxed().toList());
        assertThat(issue(unit, 2026)).isEqualTo(threads * perThread + 1);
    }

    @Test
    void eachUnitHasItsOwnSeries() {
        String a = freshUnit();
        String b = freshUnit();
        assertThat(issue(a, 2026)).isEqualTo(1);
        assertThat(issue(a, 2026)).isEqualTo(2);
        assertThat(issue(b, 2026)).isEqualTo(1);
        assertThat(issue(a, 2026)).isEqualTo(3);
        assertThat(issue(b, 2026)).isEqualTo(2);
    }

    @Test
    void aRolledBackIssuanceGivesTheNumberBack() {
        String unit = freshUnit();
        assertThat(issue(unit, 2026)).isEqualTo(1);
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            assertThat(numbering.next(unit, 2026)).isEqualTo(2);
            throw new IllegalStateException("the issuing step failed after numbering");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(issue(unit, 2026)).isEqualTo(2);
    }

    @Test
    void aRolledBackFirstIssuanceStillStartsAtOne() {
        String unit = freshUnit();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            assertThat(numbering.next(unit, 2026)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(issue(unit, 2026)).isEqualTo(1);
    }

    @Test
    void aNewYearStartsAgainAtOne() {
        String unit = freshUnit();
        issue(unit, 2026);
        issue(unit, 2026);
        assertThat(issue(unit, 2026)).isEqualTo(3);
        assertThat(issue(unit, 2027)).isEqualTo(1);
        assertThat(issue(unit, 2026)).isEqualTo(4);
    }

    @Test
    void needsTheCallersTransactionAndValidInput() {
        assertThatThrownBy(() -> numbering.next(freshUnit(), 2026))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> issue(" ", 2026)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> issue(freshUnit(), 26)).isInstanceOf(ValidationException.class);
    }
}
