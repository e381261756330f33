/**
 * The audit log: who signed in (or failed to) through the domain API, Camunda REST and the Camunda
 * webapps, and every decision recorded on a plan, from its creation to its issuance. It stands
 * beside the plan's life rather than in it: it listens, never steers, and no feature depends on it.
 */
package vn.planflow.audit;
