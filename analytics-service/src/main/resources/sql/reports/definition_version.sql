-- The highest version written for an id, deleted or not: the next change must be above it.
SELECT toString(max(version)) AS version FROM ${database}.report_definitions WHERE id = ${id} FORMAT JSONEachRow
