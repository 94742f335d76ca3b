-- trend_counts.sql of sql/insights over pre-aggregated days (see number_counts.sql here). A response that is not
-- split was received on one day only, so the period of its day is the period it was first received in.
SELECT period, value, sum(count) AS count
FROM
(
    SELECT toString(${period}(day)) AS period, value, count
    FROM ${database}.answer_day_counts
    WHERE measure = 'number' AND ${aggregated} AND question_id = ${questionId}
    UNION ALL
    SELECT toString(${period}(toDateTime(first_received, ${timeZone}))) AS period, toString(number) AS value,
           count() AS count
    FROM
    (
        SELECT response_id, argMax(number, ingested_at) AS number, min(received_at) AS first_received
        FROM ${database}.answers
        WHERE ${where} AND ${recent} AND kind = 'number' AND question_id = ${questionId}
        GROUP BY response_id
    )
    GROUP BY period, value
)
GROUP BY period, value
ORDER BY period
FORMAT JSONEachRow
