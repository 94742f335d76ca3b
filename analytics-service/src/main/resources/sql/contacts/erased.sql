-- Which of these ids have an erasure recorded. ${ids} is a list of string literals from ContactSql.
SELECT DISTINCT toString(id) AS id
FROM ${database}.contact_erasures
WHERE id IN (${ids})
FORMAT JSONEachRow
