/**
 * Who a person is in the plan's life: their roles in units, the single rule that turns a unit and
 * a role into a Camunda candidate group, and the engine authorizations that make Tasklist, Camunda
 * REST and the domain API obey the same boundaries.
 */
package vn.planflow.identity;
