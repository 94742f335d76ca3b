-- Responses received on the refreshed days whose copies (on any day) differ in a filter key: they join the split
-- responses, which no aggregate counts. ${days} are the refreshed days (string literals), ${span} a received_at
-- range around them (lets ClickHouse skip other months).
INSERT INTO ${database}.preagg_splits (survey_id, response_id)
SELECT ${surveyId}, response_id
FROM ${database}.responses
WHERE survey_id = ${surveyId} AND response_id IN
(
    SELECT response_id FROM ${database}.responses
    WHERE survey_id = ${surveyId} AND ${span} AND toString(toDate(received_at, ${timeZone})) IN (${days})
)
GROUP BY response_id
HAVING uniqExact(toDate(received_at, ${timeZone}), survey_version, branch, reader_group, age_band, channel) > 1
