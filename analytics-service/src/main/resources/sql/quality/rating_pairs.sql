-- For every pair of rated things that a respondent rated both of: n, sums, sums of squares and the sum of
-- cross-products (pairwise complete). A rating counts as its number, a three-column item as its perceived level.
-- ${name} says what a "thing" is, from DriverService.Level: each item (question_id), or each dimension, for which a
-- respondent's three-column items are first averaged (their mean perceived level; other items keep their own id).
-- (Two arrayJoin calls over different expressions give the Cartesian product of a respondent's ratings.)
SELECT x_item, y_item, count() AS n, sum(x) AS sum_x, sum(y) AS sum_y, sum(x * x) AS squares_x,
       sum(y * y) AS squares_y, sum(x * y) AS products
FROM
(
    SELECT tupleElement(first, 1) AS x_item, tupleElement(first, 2) AS x,
           tupleElement(second, 1) AS y_item, tupleElement(second, 2) AS y
    FROM
    (
        SELECT arrayJoin(ratings) AS first, arrayJoin(arrayMap(rating -> rating, ratings)) AS second
        FROM
        (
            SELECT response_id, groupArray((name, level)) AS ratings
            FROM
            (
                SELECT response_id, ${name} AS name,
                       avg(value) AS level
                FROM
                (
                    SELECT question_id, response_id, argMax(kind, ingested_at) AS answer_kind,
                           argMax(dimension, ingested_at) AS item_dimension,
                           if(answer_kind = 'number', argMax(number, ingested_at),
                              toFloat64(argMax(perceived, ingested_at))) AS value
                    FROM ${database}.answers
                    WHERE ${where} AND kind IN ('number', 'quality', 'na') AND question_id IN (${questionIds})
                    GROUP BY question_id, response_id
                    HAVING answer_kind != 'na'
                )
                GROUP BY response_id, name
            )
            GROUP BY response_id
        )
    )
    WHERE x_item < y_item
)
GROUP BY x_item, y_item
FORMAT JSONEachRow
