/**
 * Performance harness, outside the plan's life: it generates a country of units and people and
 * drives a whole plan year through the services the REST API uses: the ministry's plan demanding
 * one of every province and each province's one of every commune (the child drafts made by the
 * cascade), each issued with its consultation, signing, numbering, DOCX and acknowledgements;
 * then four quarterly report rounds from the communes up to the ministry on the engine clock. It
 * compares the time per plan with a bare Camunda process of the same shape.
 */
package vn.planflow.benchmark;
