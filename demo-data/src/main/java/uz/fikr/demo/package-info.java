/**
 * Demo data for Fikr: {@link uz.fikr.demo.DemoResponses} and {@link uz.fikr.demo.QualityResponses} generate
 * seeded, realistic responses to the demo survey and to the service-quality survey, and
 * {@link uz.fikr.demo.DemoDataLoader} posts them to survey-service.
 */
@NullMarked
package uz.fikr.demo;

import org.jspecify.annotations.NullMarked;
