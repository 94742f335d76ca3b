-- Per choice question: how many responses chose each option (a multiple choice counts every option chosen),
-- each response counted once (its latest copy).
SELECT question_id, arrayJoin(if(kind = 'text', [text], choices)) AS option, count() AS count
FROM
(
    SELECT question_id, response_id, argMax(kind, ingested_at) AS kind, argMax(text, ingested_at) AS text,
           argMax(choices, ingested_at) AS choices
    FROM ${database}.answers
    WHERE survey_id = ${surveyId} AND question_id IN (${questionIds})
    GROUP BY question_id, response_id
)
GROUP BY question_id, option
FORMAT JSONEachRow
