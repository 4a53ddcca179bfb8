package uk.apassure.visit;

import java.time.LocalDate;

/** An open follow-up action of a visit, with its owner and due date. */
public record ActionDue(long actionId, long visitId, String providerName, String description, String owner,
        LocalDate dueOn) {}
