/**
 * What is refused before Spring MVC sees it (Tomcat's own refusals and those of Spring Security's firewall) answers in
 * problem+json, as every controller's refusal does; {@link uz.fikr.web.problems.ServletProblems} writes a problem
 * where no message converter is at hand. Both services use it; {@link uz.fikr.web.problems.RefusalsBeforeMvc} is
 * installed as an auto-configuration.
 */
@NullMarked
package uz.fikr.web.problems;

import org.jspecify.annotations.NullMarked;
