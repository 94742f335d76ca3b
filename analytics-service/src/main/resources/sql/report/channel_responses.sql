-- How many distinct responses came through each channel (web, qr, kiosk...) under a filter, each response counted
-- once by its latest copy. ${where} is built by uz.fikr.analytics.query.Conditions, as for every other figure.
SELECT channel, count() AS responses
FROM
(
    SELECT response_id, argMax(channel, ingested_at) AS channel
    FROM ${database}.responses
    WHERE ${where}
    GROUP BY response_id
)
GROUP BY channel
ORDER BY channel
FORMAT JSONEachRow
