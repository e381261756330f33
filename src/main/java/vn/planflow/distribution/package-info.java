/**
 * After issuance: the plan reaches every recipient. Units on the system register it as an
 * incoming document and confirm receipt (IncomingDocument process); others are recorded as sent.
 * The issuing office sees who has and has not confirmed.
 */
package vn.planflow.distribution;
