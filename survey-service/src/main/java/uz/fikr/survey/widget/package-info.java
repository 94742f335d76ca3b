/**
 * The feedback widget a library pastes into its own website ({@code /widget/fikr-widget.js}) and the CORS rules
 * that let it read surveys and send responses from there.
 */
@NullMarked
package uz.fikr.survey.widget;

import org.jspecify.annotations.NullMarked;
