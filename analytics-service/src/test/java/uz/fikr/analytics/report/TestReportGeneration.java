package uz.fikr.analytics.report;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For tests of the archive and the delivery: the service's own report generator, which can be held before it starts
 * by closing {@link #GATE} and remembers everything it generated; and the test's {@link #CLOCK}. Both are
 * shared by every application context a test starts, as a restarted service shares the world.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestReportGeneration {

    public static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    public static final Gate GATE = new Gate();
    public static final List<GeneratedReport> GENERATED = new CopyOnWriteArrayList<>();

    @Bean
    @Primary
    MutableClock testClock() {
        return CLOCK;
    }

    /** The service's own {@link ReportWriter}, with a gate before it and a memory of what it wrote. */
    @Bean
    @Primary
    ReportGenerator testReportGenerator(ReportWriter writer) {
        return (request, generatedAt, progress) -> {
            GATE.pass();
            GeneratedReport report = writer.generate(request, generatedAt, progress);
            GENERATED.add(report);
            return report;
        };
    }

    /** The report generated last for a period's first day. */
    public static GeneratedReport generatedFor(java.time.LocalDate from) {
        return GENERATED.reversed().stream().filter(report -> report.request().period().from().equals(from))
                .findFirst().orElseThrow();
    }

    /** Holds generation at its first step while closed. */
    public static final class Gate {

        private volatile CountDownLatch opened = new CountDownLatch(0);

        public void close() {
            opened = new CountDownLatch(1);
        }

        public void open() {
            opened.countDown();
        }

        void pass() {
            try {
                opened.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
