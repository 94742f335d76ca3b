-- The archive, newest first: metadata only (the files stay on disk; ClickHouse reads only the columns named).
SELECT ${columns}
FROM ${database}.reports FINAL
ORDER BY generated_at DESC, generated_ms DESC, id
LIMIT ${offset}, ${limit}
FORMAT JSONEachRow
