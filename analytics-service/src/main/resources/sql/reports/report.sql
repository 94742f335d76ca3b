-- One archived report's metadata, by its id (a toUUID literal).
SELECT ${columns}
FROM ${database}.reports
WHERE id = ${id}
LIMIT 1
FORMAT JSONEachRow
