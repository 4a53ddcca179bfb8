/**
 * Pre-placement check audits (issue 3): versioned checklist templates, audits filled from them,
 * evidence files, the RAG rule, the sign-off workflow, adoption by another school and the PDF.
 */
@NullMarked
package uk.apassure.audit;

import org.jspecify.annotations.NullMarked;
