/** Who may read the analytics API: the dashboard's login. */
@NullMarked
package uz.fikr.analytics.security;

import org.jspecify.annotations.NullMarked;
