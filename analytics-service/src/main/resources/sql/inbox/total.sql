-- How many items (items.part.sql) the filters select, whatever the page.
SELECT count() AS total
FROM
(
${items}
)
FORMAT JSONEachRow
