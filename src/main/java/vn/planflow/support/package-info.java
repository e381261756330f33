/** Shared plumbing used by every feature: domain exceptions, the file store, small helpers. */
package vn.planflow.support;
