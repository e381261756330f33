/**
 * Follow-up, kind 2 of DOMAIN §1: once a plan is issued, each task of its appendix and each
 * unit's duties in "Tổ chức thực hiện" becomes an obligation of its lead unit, with supporting
 * units, product and dates. The lead unit records progress and evidence and closes it with a
 * result; an ObligationTracking process reminds it before the finish date and, once late, flags
 * it and asks the issuing office to chase.
 */
package vn.planflow.obligation;
