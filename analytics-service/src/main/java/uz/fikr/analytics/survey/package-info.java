/** The survey definitions analytics-service knows, rebuilt from the compacted topic on every start. */
@NullMarked
package uz.fikr.analytics.survey;

import org.jspecify.annotations.NullMarked;
