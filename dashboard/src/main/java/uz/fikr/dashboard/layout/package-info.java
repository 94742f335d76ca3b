/** The frame around every page: navigation, language, the logged-in user and the shared filter bar. */
@NullMarked
package uz.fikr.dashboard.layout;

import org.jspecify.annotations.NullMarked;
