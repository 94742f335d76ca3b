/** Survey authoring: templates, drafts, versions, publishing and closing, export and import. */
@NullMarked
package uz.fikr.survey.authoring;

import org.jspecify.annotations.NullMarked;
