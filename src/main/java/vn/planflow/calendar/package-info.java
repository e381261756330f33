/**
 * Working-day calendar. Every deadline in a plan's life (consultation replies, sending on the day
 * of issuance or the next working day, acknowledgement of receipt, reports) is counted in working
 * days: Monday to Friday minus the public holidays kept in {@code public_holiday}. BPMN timers
 * reach it through the {@code dueDates} bean.
 */
package vn.planflow.calendar;
