/**
 * Follow-up, kind 3 of DOMAIN §1: reports a plan demands. A regime set up by the drafter says
 * which periods (Decree 09/2019 windows, or the plan's own yearly date), which units and which
 * figures; the ReportingRegime process opens one round per period until the plan's period ends
 * or it is recalled. In a round every unit at the bottom submits, each collecting unit closes,
 * gets a draft summary built from its children, has its leader approve it and sends it up, where
 * it counts as that unit's report. Ad hoc requests run the same round once.
 */
package vn.planflow.reporting;
