package uk.apassure.audit;

import java.time.LocalDate;

/**
 * A checked item whose evidence expires or is due for review, e.g. "Public liability insurance
 * expires in 21 days". Kept queryable for the renewals view of a later issue.
 */
public record ExpiringEvidence(long auditId, long providerId, String prompt, LocalDate expiresOn) {

    public long daysLeft(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, expiresOn);
    }

    public String describe(LocalDate today) {
        long days = daysLeft(today);
        if (days < 0) {
            return prompt + " expired " + -days + (days == -1 ? " day ago" : " days ago");
        }
        return prompt + " expires " + (days == 0 ? "today" : "in " + days + (days == 1 ? " day" : " days"));
    }
}
