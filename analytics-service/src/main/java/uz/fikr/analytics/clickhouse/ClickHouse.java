package uz.fikr.analytics.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.data.ClickHouseFormat;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.concurrent.ExecutionException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fikr's access to ClickHouse: statements, JSONEachRow and RowBinary inserts and JSONEachRow queries against the
 * configured database. Failures surface as {@link ClickHouseUnavailableException}.
 */
@Component
public class ClickHouse {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Client client;
    private final ClickHouseProperties properties;

    ClickHouse(Client client, ClickHouseProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    public String database() {
        return properties.database();
    }

    public boolean ping() {
        return client.ping(properties.connectTimeout().toMillis());
    }

    public void execute(String sql) {
        await(() -> client.execute(sql).get().close(), sql);
    }

    /** Inserts rows given as JSONEachRow text into {@code table} of Fikr's database, all or nothing. */
    public void insertJsonEachRow(String table, byte[] rows) {
        await(() -> client.insert(properties.database() + "." + table, new ByteArrayInputStream(rows),
                ClickHouseFormat.JSONEachRow).get().close(), "INSERT INTO " + table);
    }

    /**
     * Inserts rows given as RowBinary (each of {@code columns}, in that order) into {@code table} of Fikr's database,
     * all or nothing.
     */
    public void insertRowBinary(String table, List<String> columns, InputStream rows) {
        await(() -> client.insert(properties.database() + "." + table, columns, rows, ClickHouseFormat.RowBinary)
                .get().close(), "INSERT INTO " + table);
    }

    /** Runs a query that ends in {@code FORMAT JSONEachRow} and returns its rows. */
    public List<JsonNode> query(SqlTemplate template, Map<String, String> literals) {
        List<JsonNode> rows = new ArrayList<>();
        stream(template, literals, line -> rows.add(JSON.readTree(line)));
        return rows;
    }

    /**
     * Runs a query and hands each non-blank line of its output to {@code lines} as it arrives, so that a result of
     * millions of rows never sits in memory at once.
     */
    public void stream(SqlTemplate template, Map<String, String> literals, Consumer<String> lines) {
        String sql = template.render(properties.database(), literals);
        await(() -> {
            try (QueryResponse response = client.query(sql).get();
                    BufferedReader reader = new BufferedReader(
                            new InputStreamReader(response.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        lines.accept(line);
                    }
                }
            }
        }, sql);
    }

    private interface Call {
        void run() throws Exception;
    }

    private static void await(Call call, String what) {
        try {
            call.run();
        } catch (ExecutionException e) {
            throw new ClickHouseUnavailableException(what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClickHouseUnavailableException(what, e);
        } catch (IOException | RuntimeException e) {
            throw new ClickHouseUnavailableException(what, e);
        } catch (Exception e) {
            throw new ClickHouseUnavailableException(what, e);
        }
    }
}
