package vn.planflow.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** The yearly number series of one issuing unit; {@code lastNumber} is the last number given out. */
@Entity
@Table(name = "number_series")
public class NumberSeries {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "unit_id", nullable = false, length = 64)
        private String unitId;
        @Column(name = "series_year", nullable = false)
        private int year;

        protected Key() {
        }

        public Key(String unitId, int year) {
            this.unitId = unitId;
            this.year = year;
        }

        public String getUnitId() {
            return unitId;
        }

        public int getYear() {
            return year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && year == k.year && Objects.equals(unitId, k.unitId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitId, year);
        }
    }

    @EmbeddedId
    private Key key;
    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected NumberSeries() {
    }

    public Key getKey() {
        return key;
    }

    public int getLastNumber() {
        return lastNumber;
    }

    /** Only under the row lock taken by {@link NumberSeriesRepository#lock}. */
    int increment() {
        return ++lastNumber;
    }
}
