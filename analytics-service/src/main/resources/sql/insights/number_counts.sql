-- Counts per value of numeric answers, per question and group: the sufficient statistics of every numeric
-- figure (n, sum, sum of squares, median, top-box). Each response counted once, by its latest copy.
-- ${where} is built by uz.fikr.analytics.query.Conditions; ${group} is '' or a column from the Grouping whitelist.
SELECT question_id, grp, toString(number) AS value, count() AS count
FROM
(
    SELECT question_id, response_id, argMax(number, ingested_at) AS number, argMax(${group}, ingested_at) AS grp
    FROM ${database}.answers
    WHERE ${where} AND kind = 'number' AND question_id IN (${questionIds})
    GROUP BY question_id, response_id
)
GROUP BY question_id, grp, value
FORMAT JSONEachRow
