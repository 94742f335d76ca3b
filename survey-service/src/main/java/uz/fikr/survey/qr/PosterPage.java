package uz.fikr.survey.qr;

import java.util.List;

/**
 * What the poster template shows, every text already in the poster's language. The template writes them all with
 * {@code th:text}, so a survey title never becomes markup.
 *
 * @param language the {@code <html lang>} tag
 * @param qrSource the code's image, relative to the poster's address
 * @param address the form's address as a reader types it
 * @param languages the same poster in each language
 */
record PosterPage(String language, String pageTitle, String title, String invitation, String qrSource, String qrAlt,
        String scan, String typeHint, String address, String print, String languagesLabel,
        List<LanguageLink> languages) {

    /** A link to the poster in another language; {@code current} for the one shown. */
    record LanguageLink(String name, String tag, String href, boolean current) {}
}
