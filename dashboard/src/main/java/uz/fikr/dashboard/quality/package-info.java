/**
 * The service-quality page: the three-column (minimum, desired, perceived) items of a survey with their zones of
 * tolerance and gaps, per dimension and service area, with scale reliability and key drivers.
 */
@NullMarked
package uz.fikr.dashboard.quality;

import org.jspecify.annotations.NullMarked;
