/**
 * The write side of the feedback inbox: staff move a reader's comment or piece of online feedback through new, in
 * progress and resolved ({@code fikr.inbox.v1}), and may write a public "you said, we did" entry from a resolved one,
 * kept on the compacted topic {@code fikr.yousaid.v1} and shown to readers at {@code /you-said-we-did}.
 */
@NullMarked
package uz.fikr.survey.inbox;

import org.jspecify.annotations.NullMarked;
