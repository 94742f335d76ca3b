-- A librarian who types in a paper form or an interview is named in the response (survey-service takes those
-- channels only from staff); readers' own responses leave it empty.
ALTER TABLE ${database}.responses ADD COLUMN entered_by String DEFAULT '' AFTER age_band
