package vn.planflow.calendar;

/** Why a day is off: a fixed solar date, a lunar-calendar date, or a day given in compensation. */
public enum HolidayKind {
    FIXED,
    LUNAR,
    /** A weekly rest day coincided with a holiday, or the government swapped a working day. */
    COMPENSATORY
}
