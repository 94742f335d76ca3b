-- responses.sql of sql/insights over pre-aggregated days (see number_counts.sql here).
SELECT sum(count) AS responses
FROM
(
    SELECT count
    FROM ${database}.answer_day_counts
    WHERE measure = 'responses' AND ${aggregated}
    UNION ALL
    SELECT uniqExact(response_id) AS count
    FROM ${database}.responses
    WHERE ${where} AND ${recent}
)
FORMAT JSONEachRow
