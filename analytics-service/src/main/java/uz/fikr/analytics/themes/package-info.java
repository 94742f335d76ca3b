/**
 * What readers talk about in free text: the terms and two-word phrases most comments of a service area (and, for
 * online feedback, a category) use, counted in ClickHouse, with a few example comments and small groups suppressed.
 */
@NullMarked
package uz.fikr.analytics.themes;

import org.jspecify.annotations.NullMarked;
