package vn.planflow.web;

/** The one error body of the domain API: status, the field at fault (if any) and why, in Vietnamese. */
public record ApiError(int status, String field, String message) {
}
