package uz.fikr.analytics.query;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param timeZone the library's time zone: what a "day" in a date filter means */
@ConfigurationProperties("fikr.query")
public record QueryProperties(ZoneId timeZone) {}
