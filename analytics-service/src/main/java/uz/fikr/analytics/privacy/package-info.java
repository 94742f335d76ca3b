/** Small-group suppression: no figure about fewer than k respondents leaves the service. */
@NullMarked
package uz.fikr.analytics.privacy;

import org.jspecify.annotations.NullMarked;
