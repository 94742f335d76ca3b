toString(id) AS report_id, definition_id, survey_ids, period_kind, toString(period_from) AS from_day,
       toString(period_to) AS to_day, language, branch, requested_by, toUInt32(generated_at) AS generated_epoch,
       generated_ms, title, file_name, pdf_size, pdf_sha256, xlsx_size, xlsx_sha256, csv_size, csv_sha256
