package uz.fikr.analytics.report.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How scheduled reports are noticed and delivered.
 *
 * @param tickEvery how often every instance looks for definitions whose schedule has fired
 *     ({@code FIKR_REPORT_TICK_EVERY})
 * @param catchUp a firing up to this old is still delivered (a service that was down at 08:00 sends when it comes
 *     back); an older one is not, unless an attempt for it already failed ({@code FIKR_REPORT_CATCH_UP})
 * @param retryInitial pause after the first failed attempt before the next; it doubles with every failure
 *     ({@code FIKR_REPORT_RETRY_INITIAL})
 * @param retryMax longest pause between attempts ({@code FIKR_REPORT_RETRY_MAX})
 * @param mailFrom the sender of report e-mails ({@code FIKR_REPORT_MAIL_FROM})
 * @param publishTimeout how long a tick waits for the broker to acknowledge a due event
 * @param deliveryGroup the consumer group of the delivery listener: all instances share it, so each due event is
 *     handled by one of them
 */
@ConfigurationProperties("fikr.reports.schedule")
public record ScheduleProperties(Duration tickEvery, Duration catchUp, Duration retryInitial, Duration retryMax,
        String mailFrom, Duration publishTimeout, String deliveryGroup) {

    /** The pause after {@code failures} failed attempts: retryInitial, doubling, at most retryMax. */
    Duration retryAfter(int failures) {
        if (failures <= 0) {
            return retryInitial;
        }
        long factor = 1L << Math.min(failures - 1, 30);
        Duration pause = retryInitial.multipliedBy(factor);
        return pause.compareTo(retryMax) > 0 ? retryMax : pause;
    }
}
