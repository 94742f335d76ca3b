-- Per dimension: each respondent's mean over the consistent items they rated in it, then n, sums and sums of
-- squares of those respondent means, so that the interval treats respondents, not answers, as independent.
SELECT
    dimension_of_item AS dimension,
    count() AS n,
    sum(low) AS sum_minimum, sum(low * low) AS squares_minimum,
    sum(high) AS sum_desired, sum(high * high) AS squares_desired,
    sum(seen) AS sum_perceived, sum(seen * seen) AS squares_perceived,
    sum(adequacy) AS sum_adequacy, sum(adequacy * adequacy) AS squares_adequacy,
    sum(superiority) AS sum_superiority, sum(superiority * superiority) AS squares_superiority
FROM
(
    SELECT dimension_of_item, response_id, avg(item_low) AS low, avg(item_high) AS high, avg(item_seen) AS seen,
           avg(item_seen - item_low) AS adequacy, avg(item_seen - item_high) AS superiority
    FROM
    (
        SELECT question_id, response_id, argMax(dimension, ingested_at) AS dimension_of_item,
               argMax(kind, ingested_at) AS answer_kind, toInt32(argMax(minimum, ingested_at)) AS item_low,
               toInt32(argMax(desired, ingested_at)) AS item_high, toInt32(argMax(perceived, ingested_at)) AS item_seen
        FROM ${database}.answers
        WHERE ${where} AND kind IN ('quality', 'na') AND question_id IN (${questionIds})
        GROUP BY question_id, response_id
    )
    WHERE answer_kind = 'quality' AND item_low <= item_high
    GROUP BY dimension_of_item, response_id
)
GROUP BY dimension_of_item
FORMAT JSONEachRow
