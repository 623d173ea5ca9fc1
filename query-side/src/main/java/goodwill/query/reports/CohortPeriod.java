package goodwill.query.reports;

import java.time.LocalDate;
import java.time.Month;

/** How relationships are grouped into cohorts by the day I first invested in them (UTC). */
public enum CohortPeriod {
    MONTH(1),
    QUARTER(3);

    private final int months;

    CohortPeriod(int months) {
        this.months = months;
    }

    /** The first day of the period holding {@code day}. */
    LocalDate startOf(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(day.getYear(), Month.of(firstMonth), 1);
    }

    LocalDate endOf(LocalDate start) {
        return start.plusMonths(months);
    }

    /** {@code 2024-03} for a month, {@code 2024-Q1} for a quarter. */
    String label(LocalDate start) {
        return this == MONTH ? start.toString().substring(0, 7)
                : start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }
}
