-- How many contact rows were received before the retention cut-off. ${cutoff} is a dateTime literal.
SELECT count() AS expired
FROM ${database}.contacts
WHERE received_at < ${cutoff}
FORMAT JSONEachRow
