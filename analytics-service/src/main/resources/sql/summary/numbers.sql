-- Per numeric question: n, mean and counts per value, each response counted once (its latest copy).
SELECT question_id, toString(number) AS value, count() AS count
FROM
(
    SELECT question_id, response_id, argMax(number, ingested_at) AS number
    FROM ${database}.answers
    WHERE survey_id = ${surveyId} AND kind = 'number'
    GROUP BY question_id, response_id
)
GROUP BY question_id, value
FORMAT JSONEachRow
