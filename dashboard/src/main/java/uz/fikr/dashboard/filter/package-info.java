/** The filter every page with figures shares, kept in the page's address. */
@NullMarked
package uz.fikr.dashboard.filter;

import org.jspecify.annotations.NullMarked;
