/** Spring, Camunda and security wiring only; no business rules live here. */
package vn.planflow.config;
