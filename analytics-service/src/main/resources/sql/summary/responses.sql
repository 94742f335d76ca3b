-- How many distinct responses a survey has: copies of a redelivered response count once.
SELECT uniqExact(response_id) AS responses
FROM ${database}.responses
WHERE survey_id = ${surveyId}
FORMAT JSONEachRow
