-- How many responses chose each option, per question and group (a multiple choice counts every option chosen).
-- Each response counted once, by its latest copy.
SELECT question_id, grp, arrayJoin(if(kind = 'text', [text], choices)) AS value, count() AS count
FROM
(
    SELECT question_id, response_id, argMax(kind, ingested_at) AS kind, argMax(text, ingested_at) AS text,
           argMax(choices, ingested_at) AS choices, argMax(${group}, ingested_at) AS grp
    FROM ${database}.answers
    WHERE ${where} AND question_id IN (${questionIds})
    GROUP BY question_id, response_id
)
GROUP BY question_id, grp, value
FORMAT JSONEachRow
