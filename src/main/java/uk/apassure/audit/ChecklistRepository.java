package uk.apassure.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChecklistRepository extends JpaRepository<ChecklistVersion, Long> {

    /**
     * The current version of each template for a trust: the trust's latest own version, or the
     * latest shipped default of a template the trust has not made its own.
     */
    @Query("""
            select c from ChecklistVersion c
            where (c.trustId = :trust and c.number = (select max(d.number) from ChecklistVersion d
                    where d.template = c.template and d.trustId = :trust))
               or (c.trustId is null and c.number = (select max(d.number) from ChecklistVersion d
                    where d.template = c.template and d.trustId is null)
                   and not exists (select 1 from ChecklistVersion e where e.template = c.template and e.trustId = :trust))
            order by c.onlineOnly, c.name""")
    List<ChecklistVersion> findCurrent(@Param("trust") long trustId);

    Optional<ChecklistVersion> findFirstByTemplateAndTrustIdOrderByNumberDesc(String template, long trustId);

    Optional<ChecklistVersion> findFirstByTemplateAndTrustIdIsNullOrderByNumberDesc(String template);

    /** A shipped version (the tests of the migrations read them). */
    Optional<ChecklistVersion> findByTemplateAndTrustIdIsNullAndNumber(String template, int number);

    /** A template's current version for a trust: its own latest, else the shipped default's latest. */
    default Optional<ChecklistVersion> findCurrent(String template, long trustId) {
        return findFirstByTemplateAndTrustIdOrderByNumberDesc(template, trustId)
                .or(() -> findFirstByTemplateAndTrustIdIsNullOrderByNumberDesc(template));
    }
}
