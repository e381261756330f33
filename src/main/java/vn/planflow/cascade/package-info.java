/**
 * Child plans, the step after issuance (DOMAIN §1 kind 1, §4.8): a plan tells lower units to issue
 * their own plan by a date. When it is issued, each demanded unit on the system receives a
 * pre-filled draft that runs through PlanIssuance at its own level (and may demand plans in turn);
 * units outside the system are followed on paper. One ChildPlanTracking process per demand reminds,
 * escalates, hears "child issued" by message, and is cancelled or handed over when the parent is
 * recalled or replaced. The issuer's office watches the whole tree in one cascade view.
 */
package vn.planflow.cascade;
