-- One page of the inbox (items.part.sql), newest first. ${limit} and ${offset} are literals from InboxSql.
SELECT *
FROM
(
${items}
)
ORDER BY received_epoch_ms DESC, item_id DESC
LIMIT ${limit} OFFSET ${offset}
FORMAT JSONEachRow
