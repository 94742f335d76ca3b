@NullMarked
package uz.fikr.dashboard.analytics;

import org.jspecify.annotations.NullMarked;
