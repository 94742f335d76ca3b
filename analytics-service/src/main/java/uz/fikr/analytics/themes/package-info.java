/**
 * What readers talk about in free text ({@code GET /api/v1/feedback/themes}): per service area (and, for online
 * feedback, category) the terms and two-word phrases most comments use, with a few example comments. Comments are
 * online feedback and the answers to free-text survey questions; groups of fewer than k comments are suppressed.
 *
 * <p>Everything is counted in ClickHouse ({@code sql/themes/themes.sql}); only the top items per group come back. How
 * a comment becomes terms:
 * <ul>
 *   <li>Letters are lower-cased. The apostrophes readers type in Uzbek Latin (ʻ ʼ ‘ ’ ' ` and ´) all become ʻ
 *       (U+02BB), so {@code oʻquv}, {@code o'quv}, {@code o‘quv} and {@code o`quv} are one word.</li>
 *   <li>A word is a run of letters, marks and digits; an apostrophe or a hyphen between two runs stays inside the word,
 *       so {@code wi-fi}, {@code e-mail}, {@code ilmiy-tadqiqot} and {@code из-за} are single words. A hyphen or dash
 *       with a space beside it separates words.</li>
 *   <li>A term is a word of two or more characters that is not only digits and hyphens and not a stop word
 *       ({@code themes/stopwords-*.txt}: Uzbek Latin and Cyrillic, Russian, English).</li>
 *   <li>A phrase is two terms in a row with only white space between them: a stop word, a number, a one-letter word or
 *       any punctuation in between ends it. "Oʻquv zali va wi-fi ishlamaydi" gives "oʻquv zali" and
 *       "wi-fi ishlamaydi".</li>
 *   <li>A count is the number of comments that use the term or phrase; a comment is counted once however often it
 *       was delivered, and however often it repeats a word.</li>
 *   <li>Words are not stemmed and scripts are not transliterated: {@code zali} and {@code zalida}, or {@code oʻquv}
 *       and {@code ўқув}, are different terms.</li>
 * </ul>
 */
@NullMarked
package uz.fikr.analytics.themes;

import org.jspecify.annotations.NullMarked;
