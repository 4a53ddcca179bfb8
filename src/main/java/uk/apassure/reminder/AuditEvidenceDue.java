package uk.apassure.reminder;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.provider.ProviderUse;

/**
 * What is due, until the renewals view exists: the expiry and review dates of the evidence in each
 * provider's latest decided audit (insurance, certificates, policies). Evidence is provider-level,
 * so it is owned by the AP leads of every school that uses the provider (audited it, adopted an
 * audit of it or visited it: {@link ProviderUse}) — each of them has to make sure it is renewed
 * before they place a pupil there. Due soon from {@code apassure.reminders.due-soon-days} (28) before
 * the date; overdue from the day after it. One class, so that the renewals query can replace it.
 */
@Component
class AuditEvidenceDue implements DueItems {

    private final EntityManager em;
    private final List<ProviderUse> uses;
    private final Recipients recipients;
    private final int dueSoonDays;

    AuditEvidenceDue(EntityManager em, List<ProviderUse> uses, Recipients recipients,
            @Value("${apassure.reminders.due-soon-days:28}") int dueSoonDays) {
        this.em = em;
        this.uses = uses;
        this.recipients = recipients;
        this.dueSoonDays = dueSoonDays;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueLine> needingAttention(LocalDate today) {
        List<Tuple> evidence = em.createQuery("""
                select a.id as audit, a.trustId as trust, a.providerId as providerId, p.name as provider,
                       ci.prompt as what, i.expiresOn as due
                from AuditItem i join i.audit a join i.checklistItem ci, uk.apassure.provider.Provider p
                where p.id = a.providerId and i.expiresOn <= :until
                  and a.decidedAt = (select max(b.decidedAt) from Audit b where b.providerId = a.providerId
                                     and b.state = uk.apassure.audit.AuditState.DECIDED)
                order by i.expiresOn, a.providerId, ci.position""", Tuple.class)
                .setParameter("until", today.plusDays(dueSoonDays)).getResultList();
        Map<Long, Map<Long, Set<Long>>> schoolsByProvider = new HashMap<>();
        Map<Long, List<Recipients.Recipient>> leadsBySchool = new HashMap<>();
        List<DueLine> lines = new ArrayList<>();
        for (Tuple row : evidence) {
            long trust = row.get("trust", Long.class);
            long provider = row.get("providerId", Long.class);
            LocalDate due = row.get("due", LocalDate.class);
            boolean overdue = due.isBefore(today);
            Set<Long> schools = schoolsByProvider.computeIfAbsent(trust, this::schoolsByProvider)
                    .getOrDefault(provider, Set.of());
            for (Recipients.Recipient lead : schools.stream().sorted()
                    .flatMap(school -> leadsBySchool.computeIfAbsent(school, recipients::apLeads).stream()).toList()) {
                lines.add(new DueLine(row.get("what", String.class), provider, row.get("provider", String.class),
                        lead.requireSchoolId(), lead.schoolName(), lead.id(),
                        due, overdue ? DueState.OVERDUE : DueState.DUE_SOON,
                        overdue ? due.plusDays(1) : due.minusDays(dueSoonDays), "/audits/" + row.get("audit", Long.class)));
            }
        }
        return lines;
    }

    private Map<Long, Set<Long>> schoolsByProvider(long trustId) {
        Map<Long, Set<Long>> schools = new HashMap<>();
        for (ProviderUse use : uses) {
            use.providersBySchool(trustId).forEach((school, providers) -> providers.forEach(provider ->
                    schools.computeIfAbsent(provider, any -> new HashSet<>()).add(school)));
        }
        return schools;
    }
}
