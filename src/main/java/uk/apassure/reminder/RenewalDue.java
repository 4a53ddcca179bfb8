package uk.apassure.reminder;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.renewal.RenewalItem;
import uk.apassure.renewal.RenewalQueries;

/**
 * What is due: the rows of {@code /renewals} (certificates, insurance, policies, staff checks, audits
 * older than a year, LA approval, provider and pupil risk assessments) that are not "ok", school by
 * school, each for every AP lead of its school. Due soon and overdue take their first day from the
 * due date; "review needed" (a risk assessment after a material change) has no stored first day, so
 * it is repeated in each daily e-mail until the assessment is reviewed.
 */
@Component
class RenewalDue implements DueItems {

    private final EntityManager em;
    private final RenewalQueries renewals;
    private final Recipients recipients;

    RenewalDue(EntityManager em, RenewalQueries renewals, Recipients recipients) {
        this.em = em;
        this.renewals = renewals;
        this.recipients = recipients;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueLine> needingAttention(LocalDate today) {
        List<Object[]> schools = em.createQuery("select s.id, s.trust.id from School s order by s.id", Object[].class)
                .getResultList();
        Map<Long, List<Recipients.Recipient>> leads = new HashMap<>();
        List<DueLine> lines = new ArrayList<>();
        for (Object[] school : schools) {
            long schoolId = (Long) school[0];
            long trustId = (Long) school[1];
            for (RenewalItem item : renewals.needingAttention(trustId, schoolId, today)) {
                if (item.dueOn() == null && item.state() != uk.apassure.renewal.RenewalState.REVIEW_NEEDED) {
                    continue;
                }
                DueState state = switch (item.state()) {
                    case OVERDUE -> DueState.OVERDUE;
                    case DUE_SOON -> DueState.DUE_SOON;
                    default -> DueState.REVIEW_NEEDED;
                };
                LocalDate due = item.dueOn() == null ? today : item.dueOn();
                LocalDate since = switch (state) {
                    case OVERDUE -> due.plusDays(1);
                    case DUE_SOON -> due.minusDays(renewals.dueSoonDays());
                    case REVIEW_NEEDED -> today;
                };
                for (Recipients.Recipient lead : leads.computeIfAbsent(schoolId, recipients::apLeads)) {
                    lines.add(new DueLine(item.what(), item.providerId(), item.providerName(), schoolId, lead.schoolName(),
                            lead.id(), due, state, since, "/" + item.href()));
                }
            }
        }
        return lines;
    }
}
