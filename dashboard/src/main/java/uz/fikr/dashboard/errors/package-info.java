/** Errors a user sees: friendly notifications, each error logged once. */
@NullMarked
package uz.fikr.dashboard.errors;

import org.jspecify.annotations.NullMarked;
