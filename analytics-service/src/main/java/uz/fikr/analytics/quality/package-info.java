/**
 * The three-column service-quality method: minimum, desired and perceived levels per item and dimension, the
 * adequacy gap (perceived - minimum) and superiority gap (perceived - desired) with intervals; N/A and inconsistent
 * answers (minimum above desired) excluded and counted.
 */
@NullMarked
package uz.fikr.analytics.quality;

import org.jspecify.annotations.NullMarked;
