/**
 * The leaders' dashboard, after a plan is issued: one read-only summary of a plan for the people
 * of its issuing unit and the units above it — the cascade of plans demanded below, reporting
 * compliance per period and overdue obligations by unit. The page itself is static HTML under
 * {@code /dashboard/}; every figure it shows comes from {@code GET /api/dashboard/plans/{id}}.
 */
package vn.planflow.dashboard;
