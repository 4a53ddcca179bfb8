package uk.apassure.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BankHolidayRepository extends JpaRepository<BankHoliday, Long> {

    /** The shipped bank holidays and those of one trust, by date. */
    @Query("SELECT b FROM BankHoliday b WHERE b.trustId IS NULL OR b.trustId = :trustId ORDER BY b.date")
    List<BankHoliday> forTrust(long trustId);

    /** The shipped bank holidays and those of the school's trust. */
    @Query(value = "SELECT b.* FROM bank_holiday b WHERE b.trust_id IS NULL"
            + " OR b.trust_id = (SELECT s.trust_id FROM school s WHERE s.id = :schoolId)", nativeQuery = true)
    List<BankHoliday> forSchool(long schoolId);

    @Query("SELECT COUNT(b) > 0 FROM BankHoliday b WHERE b.date = :date AND (b.trustId IS NULL OR b.trustId = :trustId)")
    boolean existsFor(LocalDate date, long trustId);
}
