/** How the dashboard calls Fikr's services: one HTTP client with the dashboard's login and one failure type. */
@NullMarked
package uz.fikr.dashboard.service;

import org.jspecify.annotations.NullMarked;
