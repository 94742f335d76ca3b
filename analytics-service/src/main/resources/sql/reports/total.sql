SELECT count() AS total FROM ${database}.reports FINAL FORMAT JSONEachRow
