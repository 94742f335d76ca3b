-- How many response rows (copies included) are stored: the size KnownResponses gives its filter.
SELECT count() AS responses FROM ${database}.responses FORMAT JSONEachRow
