-- "You said, we did": the public entries of items whose latest state is resolved with the entry published
-- (items.part.sql), the latest change first. ${limit} is a literal from InboxSql.
SELECT item_id, you_said, we_did, entry_language, changed_epoch_ms, service_area, branch
FROM
(
${items}
)
WHERE status = 'RESOLVED' AND has_public_entry = 1 AND published = 1
ORDER BY changed_epoch_ms DESC, item_id DESC
LIMIT ${limit}
FORMAT JSONEachRow
