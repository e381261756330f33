/**
 * Performance harness, outside the plan's life: it generates a country of units and people,
 * drives a whole plan year (issuance of every ministry, province and commune plan, with its
 * consultation, signing, numbering, DOCX and acknowledgements) through the services the REST API
 * uses, and compares the time per plan with a bare Camunda process of the same shape.
 */
package vn.planflow.benchmark;
