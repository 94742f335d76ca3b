/** Who may use the analytics API: the dashboard's login, and the privacy officer's for readers' requests. */
@NullMarked
package uz.fikr.analytics.security;

import org.jspecify.annotations.NullMarked;
