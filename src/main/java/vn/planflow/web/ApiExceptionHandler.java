package vn.planflow.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.planflow.support.ConflictException;
import vn.planflow.support.DomainException;
import vn.planflow.support.ForbiddenException;
import vn.planflow.support.ValidationException;

/** Every failure becomes a 4xx with field and reason; a 500 says only that it was logged. */
@RestControllerAdvice
public class ApiExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> handle(Exception e) {
        DomainException domain = domainCause(e);
        if (domain != null) {
            return error(statusOf(domain), domain.getField(), domain.getMessage());
        }
        if (e instanceof AuthorizationException
                || e instanceof org.springframework.security.access.AccessDeniedException) {
            return error(HttpStatus.FORBIDDEN, null, "Bạn không có quyền thực hiện việc này");
        }
        if (e instanceof NotFoundException || e instanceof NullValueException || e instanceof NoResourceFoundException) {
            return error(HttpStatus.NOT_FOUND, null, "Không tìm thấy");
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            return error(HttpStatus.BAD_REQUEST, m.getName(), "Giá trị không đúng kiểu");
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return error(HttpStatus.BAD_REQUEST, m.getParameterName(), "Thiếu tham số");
        }
        if (e instanceof HttpMessageNotReadableException) {
            return error(HttpStatus.BAD_REQUEST, null, "Nội dung gửi lên không đọc được (JSON sai dạng hoặc sai kiểu)");
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, null, "Hãy gửi nội dung dạng application/json");
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return error(HttpStatus.METHOD_NOT_ALLOWED, null, "Phương thức không được hỗ trợ");
        }
        String sqlState = sqlState(e);
        if (sqlState != null && sqlState.startsWith("22")) {
            // The database refused a value (too long, a NUL character, out of range): the input is at fault.
            log.info("Refused a value the database cannot store ({}): {}", sqlState, e.getMessage());
            return error(HttpStatus.BAD_REQUEST, null, sqlState.equals("22001")
                    ? "Một giá trị gửi lên dài quá độ dài cho phép"
                    : "Dữ liệu gửi lên có ký tự hoặc giá trị không hợp lệ");
        }
        if (e instanceof OptimisticLockingException || e instanceof OptimisticLockingFailureException
                || e instanceof DataIntegrityViolationException) {
            log.info("Refused a concurrent or duplicate change: {}", e.getMessage());
            return error(HttpStatus.CONFLICT, null, "Dữ liệu vừa được người khác thay đổi, hãy tải lại và thử lại");
        }
        if (e instanceof BadUserRequestException) {
            return error(HttpStatus.BAD_REQUEST, null, e.getMessage());
        }
        log.error("Unexpected failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, null, "Lỗi hệ thống, đã ghi nhật ký để quản trị viên kiểm tra");
    }

    /** SQLSTATE of the database error behind e, if any (class 22 = data exception, 23 = constraint). */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Engine calls wrap exceptions thrown by listeners; the user's reason is inside. */
    static DomainException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return d;
            }
        }
        return null;
    }

    static HttpStatus statusOf(DomainException e) {
        if (e instanceof ValidationException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof ForbiddenException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.NOT_FOUND;
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String field, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), field, message));
    }
}
