-- Every stored response id (copies repeat it): what KnownResponses loads into its filter, streamed line by line.
SELECT toString(response_id) AS id FROM ${database}.responses FORMAT JSONEachRow
