-- The days on which earlier copies of a batch's responses were received: the batch marks them too, so that a
-- resubmission on another day never meets a day whose aggregate already counts the response.
SELECT DISTINCT survey_id, toString(toDate(received_at, ${timeZone})) AS day
FROM ${database}.responses
WHERE survey_id = ${surveyId} AND response_id IN (${responseIds})
FORMAT JSONEachRow
