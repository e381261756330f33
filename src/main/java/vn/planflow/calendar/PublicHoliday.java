package vn.planflow.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One day off for state agencies. The column is {@code holiday_date}: DAY is a keyword in H2. */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {
    @Id
    @Column(name = "holiday_date")
    private LocalDate day;
    @Column(nullable = false, length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidayKind kind;

    protected PublicHoliday() {
    }

    public PublicHoliday(LocalDate day, String name, HolidayKind kind) {
        this.day = day;
        this.name = name;
        this.kind = kind;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getName() {
        return name;
    }

    public HolidayKind getKind() {
        return kind;
    }
}
