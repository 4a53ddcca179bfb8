package uk.apassure.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A bank holiday in England and Wales: no school day, whatever a school's term dates say. */
@Entity
@Table(name = "bank_holiday")
class BankHoliday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    private String name;

    protected BankHoliday() {
        this.date = LocalDate.MIN;
        this.name = "";
    }

    BankHoliday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    LocalDate date() {
        return date;
    }

    String name() {
        return name;
    }
}
