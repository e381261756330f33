/**
 * The leaders' dashboard, after a plan is issued: one read-only summary of a plan for the people
 * of its issuing unit and the units above it — the cascade of plans demanded below, reporting
 * compliance per period and overdue obligations by unit. The pages are static HTML under
 * {@code /dashboard/}: the start page lists the plans in the person's scope
 * ({@code GET /api/dashboard/plans}), each plan's page draws {@code GET /api/dashboard/plans/{id}}.
 * Without a session the person signs in on the dashboard's own form
 * ({@code /camunda/lib/planflow/signin.html}), which opens the Tasklist session and comes back.
 */
package vn.planflow.dashboard;
