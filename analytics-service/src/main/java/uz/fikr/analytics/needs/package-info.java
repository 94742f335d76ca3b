/** Reader needs: what each reader group or branch asks for, and what it rates lowest. */
@NullMarked
package uz.fikr.analytics.needs;

import org.jspecify.annotations.NullMarked;
