package uz.fikr.dashboard.reports;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One e-mail of a scheduled report: for which period, when, to whom, and whether it went out. */
record Delivery(@Nullable Period period, @Nullable Instant sentAt, @Nullable List<String> recipients,
        @Nullable String status) {
}
