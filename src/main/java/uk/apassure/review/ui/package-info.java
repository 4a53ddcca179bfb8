/** The reviews section of the placement page, the review form (built for a tablet) and the review tiles of the dashboard. */
@NullMarked
package uk.apassure.review.ui;

import org.jspecify.annotations.NullMarked;
