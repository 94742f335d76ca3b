-- number_counts.sql of sql/insights over pre-aggregated days: the clean days' counts (${aggregated}: their
-- generations and the filter) plus the raw, de-duplicated counts of every other day and of split responses
-- (${recent}). Same output as the raw query.
SELECT question_id, grp, value, sum(count) AS count
FROM
(
    SELECT question_id, ${aggregatedGroup} AS grp, value, count
    FROM ${database}.answer_day_counts
    WHERE measure = 'number' AND ${aggregated} AND question_id IN (${questionIds})
    UNION ALL
    SELECT question_id, grp, toString(number) AS value, count() AS count
    FROM
    (
        SELECT question_id, response_id, argMax(number, ingested_at) AS number, argMax(${group}, ingested_at) AS grp
        FROM ${database}.answers
        WHERE ${where} AND ${recent} AND kind = 'number' AND question_id IN (${questionIds})
        GROUP BY question_id, response_id
    )
    GROUP BY question_id, grp, value
)
GROUP BY question_id, grp, value
FORMAT JSONEachRow
