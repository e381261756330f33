/**
 * The administrative hierarchy every plan moves through: committees (UBND) at any number of
 * levels, their departments and offices, outside recipients, and the leaders who may sign.
 * Used by every other feature; uses none of them.
 */
package vn.planflow.unit;
