-- Counts per perceived level of three-column items, per question and group (N/A excluded). Each response
-- counted once, by its latest copy. Same shape as number_counts.sql.
SELECT question_id, grp, toString(seen) AS value, count() AS count
FROM
(
    SELECT question_id, response_id, argMax(kind, ingested_at) AS answer_kind,
           argMax(perceived, ingested_at) AS seen, argMax(${group}, ingested_at) AS grp
    FROM ${database}.answers
    WHERE ${where} AND kind IN ('quality', 'na') AND question_id IN (${questionIds})
    GROUP BY question_id, response_id
)
WHERE answer_kind = 'quality'
GROUP BY question_id, grp, value
FORMAT JSONEachRow
