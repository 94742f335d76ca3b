-- perceived_counts.sql of sql/insights over pre-aggregated days (see number_counts.sql here).
SELECT question_id, grp, value, sum(count) AS count
FROM
(
    SELECT question_id, ${aggregatedGroup} AS grp, value, count
    FROM ${database}.answer_day_counts
    WHERE measure = 'perceived' AND ${aggregated} AND question_id IN (${questionIds})
    UNION ALL
    SELECT question_id, grp, toString(seen) AS value, count() AS count
    FROM
    (
        SELECT question_id, response_id, argMax(kind, ingested_at) AS answer_kind,
               argMax(perceived, ingested_at) AS seen, argMax(${group}, ingested_at) AS grp
        FROM ${database}.answers
        WHERE ${where} AND ${recent} AND kind IN ('quality', 'na') AND question_id IN (${questionIds})
        GROUP BY question_id, response_id
    )
    WHERE answer_kind = 'quality'
    GROUP BY question_id, grp, value
)
GROUP BY question_id, grp, value
FORMAT JSONEachRow
