/** What the HTTP API shares: refusals as problem+json. */
@NullMarked
package uz.fikr.analytics.web;

import org.jspecify.annotations.NullMarked;
