package uz.fikr.dashboard.inbox;

/**
 * A "you said, we did" entry as staff wrote it from a resolved item: what readers asked for, in the staff's words,
 * and what the library did.
 *
 * @param language the language it is written in: uz-Latn, uz-Cyrl, ru or en
 * @param published whether readers see it on survey-service's public page
 */
record PublicEntry(String youSaid, String weDid, String language, boolean published) {
}
