-- Per question: how many distinct responses answered it.
SELECT question_id, uniqExact(response_id) AS n
FROM ${database}.answers
WHERE survey_id = ${surveyId}
GROUP BY question_id
FORMAT JSONEachRow
