/**
 * The reader-needs page: per reader group and per branch, the services readers want and the services they rate
 * lowest, and what readers write about in free text.
 */
@NullMarked
package uz.fikr.dashboard.needs;

import org.jspecify.annotations.NullMarked;
