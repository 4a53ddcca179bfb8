/**
 * Provider risk assessments (DESIGN.md "Risk assessment", 001 §7.9): made from the provider's latest
 * signed-off audit, versioned, renewed a year after approval, and marked "review needed" at once when
 * something material changes at the provider. {@link uk.apassure.risk.ProviderRiskStates} is the query
 * other features read.
 */
@NullMarked
package uk.apassure.risk;

import org.jspecify.annotations.NullMarked;
