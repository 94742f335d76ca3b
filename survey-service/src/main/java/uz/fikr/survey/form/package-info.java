/**
 * The reader's HTML form: {@code /s/{surveyId}} for readers and {@code /s/{surveyId}} entered by a librarian at
 * {@code /staff/s/{surveyId}}. Rendered on the server so it works without JavaScript; {@code static/js/form.js}
 * adds live skip logic, progress and answers kept on the device.
 */
@NullMarked
package uz.fikr.survey.form;

import org.jspecify.annotations.NullMarked;
