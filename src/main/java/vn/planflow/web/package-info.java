/** The domain REST API under /api: the shared error format and the signed-in person. */
package vn.planflow.web;
