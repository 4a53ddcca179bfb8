package uk.apassure.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** A day inside a half-term when the school is closed: an INSET day or another closure. */
@Embeddable
public record Closure(
        @Column(name = "closed_on") LocalDate closedOn,
        @Enumerated(EnumType.STRING) @Column(name = "kind") ClosureKind kind,
        @Column(name = "reason") String reason) {}
