package uz.fikr.analytics.clickhouse;

/** ClickHouse did not do what was asked: unreachable, too slow, or refused the statement. */
public class ClickHouseUnavailableException extends RuntimeException {

    ClickHouseUnavailableException(String what, Throwable cause) {
        super("ClickHouse failed on " + abbreviate(what) + ": " + cause.getMessage(), cause);
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
    }
}
