@NullMarked
package uz.fikr.dashboard.summary;

import org.jspecify.annotations.NullMarked;
