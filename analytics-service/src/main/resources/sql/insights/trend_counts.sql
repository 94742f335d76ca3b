-- Counts per value of one numeric question per period (a week from Monday, a month or a quarter in the library's
-- time zone). A response belongs to the period it was first received in, however often it was delivered.
-- ${period} is a function from the Period whitelist; ${timeZone} a quoted literal.
SELECT toString(${period}(toDateTime(first_received, ${timeZone}))) AS period, toString(number) AS value,
       count() AS count
FROM
(
    SELECT response_id, argMax(number, ingested_at) AS number, min(received_at) AS first_received
    FROM ${database}.answers
    WHERE ${where} AND kind = 'number' AND question_id = ${questionId}
    GROUP BY response_id
)
GROUP BY period, value
ORDER BY period
FORMAT JSONEachRow
