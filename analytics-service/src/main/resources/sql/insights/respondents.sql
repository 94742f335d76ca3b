-- How many distinct responses answered each question, per group.
SELECT question_id, grp, count() AS count
FROM
(
    SELECT question_id, response_id, argMax(${group}, ingested_at) AS grp
    FROM ${database}.answers
    WHERE ${where} AND question_id IN (${questionIds})
    GROUP BY question_id, response_id
)
GROUP BY question_id, grp
FORMAT JSONEachRow
