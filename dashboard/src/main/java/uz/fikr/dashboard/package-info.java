@NullMarked
package uz.fikr.dashboard;

import org.jspecify.annotations.NullMarked;
