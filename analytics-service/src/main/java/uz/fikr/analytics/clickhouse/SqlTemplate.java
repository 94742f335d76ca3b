package uz.fikr.analytics.clickhouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL kept in a versioned resource, with {@code ${name}} placeholders. {@code ${database}} is filled from
 * configuration (a checked identifier); every other placeholder must be given as an already quoted literal from
 * {@link SqlLiterals}, a condition built only from such literals ({@code uz.fikr.analytics.query.Conditions}), or a
 * column name or expression held as a constant by an enum ({@code uz.fikr.analytics.query.Grouping},
 * {@code Period}, the drivers' {@code Level}), so a template never pastes raw input into SQL.
 */
public final class SqlTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z]+)}");

    private final String name;
    private final String text;

    private SqlTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static SqlTemplate load(String resource) {
        try (InputStream in = SqlTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + resource);
            }
            return new SqlTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SqlTemplate of(String name, String text) {
        return new SqlTemplate(name, text);
    }

    /**
     * This template with the text of {@code part} in place of {@code ${placeholder}}: queries that share a part
     * (a page and its total, say) keep it in one resource. The part's own placeholders are filled like the rest.
     */
    public SqlTemplate including(String placeholder, SqlTemplate part) {
        String marker = "${" + placeholder + "}";
        if (!text.contains(marker)) {
            throw new IllegalArgumentException(name + " has no " + marker + " to include " + part.name + " at");
        }
        return new SqlTemplate(name + " with " + part.name, text.replace(marker, part.text));
    }

    public String render(String database, Map<String, String> literals) {
        Map<String, String> values = new LinkedHashMap<>(literals);
        values.put("database", database);
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException(name + " needs a value for ${" + matcher.group(1) + "}");
            }
            matcher.appendReplacement(sql, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(sql).toString();
    }

    public String text() {
        return text;
    }
}
