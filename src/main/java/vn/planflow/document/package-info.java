/**
 * Renders an administrative document view model ({@link vn.planflow.document.OfficialDocument})
 * as a DOCX file laid out per Decree 30/2020/ND-CP, Appendix I, and writes simple tables as XLSX.
 * The package only knows about page layout and typography: it has no notion of processes,
 * approvals or persistence, so callers map their own data into the records defined here.
 */
package vn.planflow.document;
