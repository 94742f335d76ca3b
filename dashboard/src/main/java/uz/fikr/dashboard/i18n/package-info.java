@NullMarked
package uz.fikr.dashboard.i18n;

import org.jspecify.annotations.NullMarked;
