/** Numbers and dates formatted for the user's language. */
@NullMarked
package uz.fikr.dashboard.format;

import org.jspecify.annotations.NullMarked;
