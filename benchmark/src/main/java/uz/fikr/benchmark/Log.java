package uz.fikr.benchmark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress lines on standard error, so that standard output carries only the table. */
final class Log {

    private static final Logger LOG = LoggerFactory.getLogger("bench");

    private Log() {}

    static void info(String format, Object... args) {
        if (LOG.isInfoEnabled()) {
            LOG.info(format.formatted(args));
        }
    }
}
