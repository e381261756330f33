package vn.planflow.issuance;

/**
 * Published in the transaction that withdraws an issued plan: recalled by its issuer, or replaced
 * (replacementPlanId set) once its replacement is issued. Follow-up features stop or hand over
 * what they still track for it.
 */
public record PlanRecalledEvent(Long planId, Long replacementPlanId, String reason) {
}
