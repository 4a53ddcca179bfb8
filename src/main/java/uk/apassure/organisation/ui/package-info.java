/** The signed-in user's own account page. */
@org.jspecify.annotations.NullMarked
package uk.apassure.organisation.ui;
