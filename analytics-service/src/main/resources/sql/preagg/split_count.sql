-- How many responses of a survey are split (copies differing in a filter key), read raw by every query.
SELECT count() AS splits
FROM ${database}.preagg_splits
WHERE survey_id = ${surveyId}
FORMAT JSONEachRow
