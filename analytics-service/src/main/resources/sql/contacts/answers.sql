-- The answers of the response stored under one id, each question's latest copy. ${id} is a toUUID literal.
SELECT question_id, toString(kind) AS kind, number, text, choices, minimum, desired, perceived
FROM ${database}.answers
WHERE response_id = ${id}
ORDER BY question_id, ingested_at DESC
LIMIT 1 BY question_id
FORMAT JSONEachRow
