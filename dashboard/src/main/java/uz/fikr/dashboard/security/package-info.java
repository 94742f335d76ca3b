/**
 * Who may use the dashboard: logins with hashed passwords, the manager and admin roles, an optional OpenID Connect
 * login, and the admin's page for managing users.
 */
@NullMarked
package uz.fikr.dashboard.security;

import org.jspecify.annotations.NullMarked;
