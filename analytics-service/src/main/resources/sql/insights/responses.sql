-- How many distinct responses match the filter: copies of a redelivered or resubmitted response count once.
-- ${where} is built by uz.fikr.analytics.query.Conditions, the same condition the answer counts use.
SELECT uniqExact(response_id) AS responses
FROM ${database}.responses
WHERE ${where}
FORMAT JSONEachRow
