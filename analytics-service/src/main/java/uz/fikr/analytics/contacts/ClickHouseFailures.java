package uz.fikr.analytics.contacts;

import com.clickhouse.client.api.ServerException;

/** Says what went wrong with ClickHouse without quoting its message, which may repeat the data it was given. */
final class ClickHouseFailures {

    private ClickHouseFailures() {}

    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServerException server) {
                // ClickHouse 18.16 sends no error code header: the client reads 0
                return server.getCode() > 0 ? "ClickHouse error code " + server.getCode()
                        : "ClickHouse refused the statement";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
