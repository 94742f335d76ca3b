-- An item's changes, oldest first, each once however often it was delivered (the latest copy per change_id).
-- ${itemId} is a literal from InboxSql.
SELECT change_id, status, assignee, note, has_public_entry, you_said, we_did, entry_language, published, changed_by,
       toUInt64(changed_at) * 1000 + changed_ms AS changed_epoch_ms
FROM ${database}.inbox_changes
WHERE item_id = ${itemId}
ORDER BY changed_at, changed_ms, toString(change_id), ingested_at DESC
LIMIT 1 BY change_id
FORMAT JSONEachRow
