-- Deletes the marks of obsolete batches (obsolete_batches.sql). ${batches} is a list of UUID literals.
ALTER TABLE ${database}.preagg_marks DELETE WHERE batch IN (${batches})
