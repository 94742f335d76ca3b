/** Survey definitions: the questions a survey asks, shared by the service that validates and the one that counts. */
@NullMarked
package uz.fikr.events.survey;

import org.jspecify.annotations.NullMarked;
