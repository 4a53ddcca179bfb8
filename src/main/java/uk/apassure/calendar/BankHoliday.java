package uk.apassure.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A bank holiday: no school day, whatever a school's term dates say. Shipped for England and Wales
 * for every trust ({@code trustId} null), or added by a trust's administrator for that trust (V43).
 */
@Entity
@Table(name = "bank_holiday")
class BankHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "holiday_date")
    private LocalDate date;

    private @Nullable Long trustId;

    private String name;

    protected BankHoliday() {
        this.date = LocalDate.MIN;
        this.name = "";
    }

    BankHoliday(LocalDate date, long trustId, String name) {
        this.date = date;
        this.trustId = trustId;
        this.name = name;
    }

    LocalDate date() {
        return date;
    }

    String name() {
        return name;
    }
}
