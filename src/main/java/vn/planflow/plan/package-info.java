/**
 * The plan as data, from the first draft to the signed text: its sections, appendix, recipients,
 * the consultation comments with their answers, and every decision with who and when. The
 * PlanIssuance process reaches it by business key through the listeners in this package.
 */
package vn.planflow.plan;
