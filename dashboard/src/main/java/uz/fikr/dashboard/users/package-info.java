/**
 * The admins' Users page: who may log in to the dashboard with a name and password, with which role; adding users,
 * changing their role or password, and removing them.
 */
@NullMarked
package uz.fikr.dashboard.users;

import org.jspecify.annotations.NullMarked;
