arrayJoin([('', ''), ('branch', branch), ('reader_group', reader_group), ('age_band', age_band), ('channel', channel)])
