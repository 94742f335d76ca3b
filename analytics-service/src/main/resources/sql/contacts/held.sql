-- Which of these ids have contact rows on disk, erased or not (the rows a DELETE must reach). ${ids} is a list of
-- string literals from ContactSql (18.16 compares them with the UUID column).
SELECT DISTINCT toString(id) AS id
FROM ${database}.contacts
WHERE id IN (${ids})
FORMAT JSONEachRow
