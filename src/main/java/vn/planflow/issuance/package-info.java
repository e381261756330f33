/**
 * Issuance (Decree 30/2020, art. 15-18): once a plan is signed, the records clerk gives it the
 * next number of the issuing unit's yearly series and writes it into the outgoing register,
 * which is later marked sent and can be exported as the paper-style register.
 */
package vn.planflow.issuance;
