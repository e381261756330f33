package vn.planflow.issuance;

/**
 * Published inside the issuing transaction once a plan is numbered, rendered and sent. Features
 * that follow a plan up (child plans, obligations, reporting) listen and start their processes.
 */
public record PlanIssuedEvent(Long planId) {
}
