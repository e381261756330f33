package vn.planflow.calendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.planflow.support.ConflictException;
import vn.planflow.support.NotFoundException;
import vn.planflow.support.ValidationException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Administrators keep the holiday table in line with each year's decision of the Prime Minister. */
@Service
public class HolidayAdminService {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int NAME_MAX = 200;

    private final PublicHolidayRepository repository;
    private final WorkingCalendar calendar;

    public HolidayAdminService(PublicHolidayRepository repository, WorkingCalendar calendar) {
        this.repository = repository;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public List<PublicHoliday> list(int year) {
        if (year < 1900 || year > 9999) {
            throw new ValidationException("year", "Năm không hợp lệ.");
        }
        return repository.findByDayBetweenOrderByDayAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional
    public PublicHoliday add(LocalDate day, String name, HolidayKind kind) {
        if (day == null) {
            throw new ValidationException("day", "Chưa nhập ngày nghỉ.");
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "Chưa nhập tên ngày nghỉ.");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new ValidationException("name", "Tên ngày nghỉ không được dài quá " + NAME_MAX + " ký tự.");
        }
        if (kind == null) {
            throw new ValidationException("kind", "Chưa chọn loại ngày nghỉ.");
        }
        if (repository.existsById(day)) {
            throw new ConflictException("day", "Ngày " + VN_DATE.format(day) + " đã có trong lịch nghỉ.");
        }
        PublicHoliday saved = repository.saveAndFlush(new PublicHoliday(day, name.strip(), kind));
        changed();
        return saved;
    }

    @Transactional
    public void remove(LocalDate day) {
        if (day == null) {
            throw new ValidationException("day", "Chưa nhập ngày nghỉ.");
        }
        PublicHoliday holiday = repository.findById(day).orElseThrow(() -> new NotFoundException("day",
                "Ngày " + VN_DATE.format(day) + " không phải là ngày nghỉ lễ, tết trong lịch."));
        repository.delete(holiday);
        repository.flush();
        changed();
    }

    /** Reload now (this transaction sees its own change) and again once it ends, committed or not. */
    private void changed() {
        calendar.invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    calendar.invalidate();
                }
            });
        }
    }
}
