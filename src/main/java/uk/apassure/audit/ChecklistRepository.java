package uk.apassure.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistRepository extends JpaRepository<ChecklistVersion, Long> {

    /** The current (latest published) version of each template. */
    @Query("""
            select c from ChecklistVersion c
            where c.number = (select max(d.number) from ChecklistVersion d where d.template = c.template)
            order by c.onlineOnly, c.name""")
    List<ChecklistVersion> findCurrent();

    Optional<ChecklistVersion> findFirstByTemplateOrderByNumberDesc(String template);

    Optional<ChecklistVersion> findByTemplateAndNumber(String template, int number);
}
