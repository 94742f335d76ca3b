package uz.fikr.analytics.preagg;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Pre-aggregation of the hottest counts.
 *
 * @param enabled whether reads use the aggregates and the refresher runs (ingest batches mark their days either
 *     way, so switching it on later never trusts a stale aggregate)
 * @param refreshEvery pause between two refresher runs
 * @param quietFor a day is refreshed only when its last ingest batch settled this long ago, so that a day still
 *     being written is read raw rather than refreshed over and over
 * @param abandonAfter a batch that marked a day 'started' and never 'stored' (its instance died) counts as settled
 *     this long after it started; longer than any insert can run (ClickHouse's socket timeout)
 * @param daysPerRefresh how many days of one survey one refresh recomputes at most
 * @param keepSupersededFor how long an aggregate generation stays after a newer one replaced it, for reads that
 *     chose it a moment before
 */
@ConfigurationProperties("fikr.preagg")
public record PreAggProperties(boolean enabled, Duration refreshEvery, Duration quietFor, Duration abandonAfter,
        int daysPerRefresh, Duration keepSupersededFor) {}
