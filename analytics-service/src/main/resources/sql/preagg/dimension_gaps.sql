-- dimension_gaps.sql of sql/quality over pre-aggregated days (see number_counts.sql here): the clean days' n and
-- sums over respondents' means (refresh_counts.sql names them) plus the same of every other day and of split
-- responses, computed raw. A response that is not split was received on one day, so its mean is in one part only.
SELECT
    dimension,
    sum(part_n) AS n,
    sum(part_sums[1]) AS sum_minimum, sum(part_sums[2]) AS squares_minimum,
    sum(part_sums[3]) AS sum_desired, sum(part_sums[4]) AS squares_desired,
    sum(part_sums[5]) AS sum_perceived, sum(part_sums[6]) AS squares_perceived,
    sum(part_sums[7]) AS sum_adequacy, sum(part_sums[8]) AS squares_adequacy,
    sum(part_sums[9]) AS sum_superiority, sum(part_sums[10]) AS squares_superiority
FROM
(
    SELECT question_id AS dimension, count AS part_n, sums AS part_sums
    FROM ${database}.answer_day_counts
    WHERE measure = 'dimension_gaps' AND ${aggregated}
    UNION ALL
    SELECT dimension_of_item AS dimension, count() AS part_n,
           [sum(low), sum(low * low), sum(high), sum(high * high), sum(seen), sum(seen * seen), sum(adequacy),
            sum(adequacy * adequacy), sum(superiority), sum(superiority * superiority)] AS part_sums
    FROM
    (
        SELECT dimension_of_item, response_id, avg(item_low) AS low, avg(item_high) AS high, avg(item_seen) AS seen,
               avg(item_seen - item_low) AS adequacy, avg(item_seen - item_high) AS superiority
        FROM
        (
            SELECT question_id, response_id, argMax(dimension, ingested_at) AS dimension_of_item,
                   argMax(kind, ingested_at) AS answer_kind, toInt32(argMax(minimum, ingested_at)) AS item_low,
                   toInt32(argMax(desired, ingested_at)) AS item_high,
                   toInt32(argMax(perceived, ingested_at)) AS item_seen
            FROM ${database}.answers
            WHERE ${where} AND ${recent} AND kind IN ('quality', 'na') AND question_id IN (${questionIds})
            GROUP BY question_id, response_id
        )
        WHERE answer_kind = 'quality' AND item_low <= item_high
        GROUP BY dimension_of_item, response_id
    )
    GROUP BY dimension_of_item
)
GROUP BY dimension
FORMAT JSONEachRow
