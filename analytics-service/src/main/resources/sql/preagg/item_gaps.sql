-- item_gaps.sql of sql/quality over pre-aggregated days (see number_counts.sql here): the clean days' n and sums
-- (refresh_counts.sql names them) plus the raw, de-duplicated sums of every other day and of split responses.
SELECT
    question_id,
    grp,
    toUInt64(sum(part_sums[1])) AS not_applicable,
    toUInt64(sum(part_sums[2])) AS inconsistent,
    sum(part_n) AS n,
    sum(part_sums[3]) AS sum_minimum, sum(part_sums[4]) AS squares_minimum,
    sum(part_sums[5]) AS sum_desired, sum(part_sums[6]) AS squares_desired,
    sum(part_sums[7]) AS sum_perceived, sum(part_sums[8]) AS squares_perceived,
    sum(part_sums[9]) AS sum_adequacy, sum(part_sums[10]) AS squares_adequacy,
    sum(part_sums[11]) AS sum_superiority, sum(part_sums[12]) AS squares_superiority
FROM
(
    SELECT question_id, ${aggregatedGroup} AS grp, count AS part_n, sums AS part_sums
    FROM ${database}.answer_day_counts
    WHERE measure = 'item_gaps' AND ${aggregated} AND question_id IN (${questionIds})
    UNION ALL
    SELECT question_id, grp, toUInt64(countIf(consistent)) AS part_n,
           [toFloat64(countIf(answer_kind = 'na')), toFloat64(countIf(answer_kind = 'quality' AND low > high)),
            toFloat64(sumIf(low, consistent)), toFloat64(sumIf(low * low, consistent)),
            toFloat64(sumIf(high, consistent)), toFloat64(sumIf(high * high, consistent)),
            toFloat64(sumIf(seen, consistent)), toFloat64(sumIf(seen * seen, consistent)),
            toFloat64(sumIf(seen - low, consistent)), toFloat64(sumIf((seen - low) * (seen - low), consistent)),
            toFloat64(sumIf(seen - high, consistent)),
            toFloat64(sumIf((seen - high) * (seen - high), consistent))] AS part_sums
    FROM
    (
        SELECT question_id, response_id, argMax(kind, ingested_at) AS answer_kind,
               toInt32(argMax(minimum, ingested_at)) AS low, toInt32(argMax(desired, ingested_at)) AS high,
               toInt32(argMax(perceived, ingested_at)) AS seen,
               answer_kind = 'quality' AND low <= high AS consistent, argMax(${group}, ingested_at) AS grp
        FROM ${database}.answers
        WHERE ${where} AND ${recent} AND kind IN ('quality', 'na') AND question_id IN (${questionIds})
        GROUP BY question_id, response_id
    )
    GROUP BY question_id, grp
)
GROUP BY question_id, grp
FORMAT JSONEachRow
