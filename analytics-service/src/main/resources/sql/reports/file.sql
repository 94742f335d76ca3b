-- One archived file, base64 as stored; the column is named by ReportFormat, the id is a toUUID literal.
SELECT ${content} AS content
FROM ${database}.reports
WHERE id = ${id}
LIMIT 1
FORMAT JSONEachRow
