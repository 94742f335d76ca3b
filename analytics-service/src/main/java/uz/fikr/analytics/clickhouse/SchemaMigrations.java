package uz.fikr.analytics.clickhouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the ClickHouse schema up to date at start-up from the versioned resources
 * {@code db/clickhouse/V<n>__<name>.sql}, applying each version once and recording it in {@code schema_history}.
 * Statements are idempotent too ({@code IF NOT EXISTS}), so two instances starting together do no harm.
 */
@Component
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__(\\w+)\\.sql");
    private static final SqlTemplate HISTORY = SqlTemplate.of("schema_history", """
            CREATE TABLE IF NOT EXISTS ${database}.schema_history
            (version UInt32, name String, applied_at DateTime DEFAULT now())
            ENGINE = TinyLog""");
    private static final SqlTemplate APPLIED = SqlTemplate.of("applied",
            "SELECT version FROM ${database}.schema_history FORMAT JSONEachRow");

    private final ClickHouse clickHouse;

    SchemaMigrations(ClickHouse clickHouse) {
        this.clickHouse = clickHouse;
    }

    /** Applies what is missing; returns how many versions were applied now. */
    public int migrate() {
        String database = clickHouse.database();
        clickHouse.execute("CREATE DATABASE IF NOT EXISTS " + database);
        clickHouse.execute(HISTORY.render(database, Map.of()));
        Set<Integer> applied = clickHouse.query(APPLIED, Map.of()).stream()
                .map(row -> row.get("version").asInt())
                .collect(Collectors.toSet());
        int count = 0;
        for (Resource resource : migrations()) {
            Matcher name = VERSIONED.matcher(resource.getFilename());
            if (!name.matches() || applied.contains(Integer.parseInt(name.group(1)))) {
                continue;
            }
            apply(resource, Integer.parseInt(name.group(1)), name.group(2), database);
            count++;
        }
        return count;
    }

    private void apply(Resource resource, int version, String name, String database) {
        String script = SqlTemplate.load("db/clickhouse/" + resource.getFilename()).render(database, Map.of());
        for (String statement : script.split(";\\s*(\\n|$)")) {
            if (!statement.isBlank()) {
                clickHouse.execute(statement);
            }
        }
        clickHouse.execute("INSERT INTO " + database + ".schema_history (version, name) VALUES ("
                + SqlLiterals.integer(version) + ", " + SqlLiterals.string(name) + ")");
        log.info("Applied ClickHouse schema version {} ({})", version, name);
    }

    private static Resource[] migrations() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/clickhouse/V*.sql");
            Arrays.sort(resources, Comparator.comparingInt(SchemaMigrations::version));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(Resource resource) {
        Matcher name = VERSIONED.matcher(resource.getFilename());
        return name.matches() ? Integer.parseInt(name.group(1)) : Integer.MAX_VALUE;
    }
}
