/** Key drivers: which rated items best explain overall satisfaction or the recommendation. */
@NullMarked
package uz.fikr.analytics.drivers;

import org.jspecify.annotations.NullMarked;
