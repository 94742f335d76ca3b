-- respondents.sql of sql/insights over pre-aggregated days (see number_counts.sql here).
SELECT question_id, grp, sum(count) AS count
FROM
(
    SELECT question_id, ${aggregatedGroup} AS grp, count
    FROM ${database}.answer_day_counts
    WHERE measure = 'respondents' AND ${aggregated} AND question_id IN (${questionIds})
    UNION ALL
    SELECT question_id, grp, count() AS count
    FROM
    (
        SELECT question_id, response_id, argMax(${group}, ingested_at) AS grp
        FROM ${database}.answers
        WHERE ${where} AND ${recent} AND question_id IN (${questionIds})
        GROUP BY question_id, response_id
    )
    GROUP BY question_id, grp
)
GROUP BY question_id, grp
FORMAT JSONEachRow
