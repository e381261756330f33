package vn.planflow.issuance;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.planflow.support.ValidationException;

/**
 * Document numbers (Decree 30/2020, art. 15): one series per issuing unit per calendar year,
 * from 1 on 1 January, gapless and unique. The number is taken inside the issuing transaction,
 * so a failed issuance rolls the counter back with everything else.
 */
@Service
public class NumberingService {

    private final NumberSeriesRepository repository;
    private final TransactionTemplate separateTransaction;

    public NumberingService(NumberSeriesRepository repository, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of the unit's series for {@code year}; the row stays locked until the caller commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String issuingUnitId, int year) {
        if (issuingUnitId == null || issuingUnitId.isBlank() || issuingUnitId.length() > 64) {
            throw new ValidationException("issuingUnitId", "Chưa xác định đơn vị ban hành văn bản.");
        }
        if (year < 2000 || year > 2999) {
            throw new ValidationException("year", "Năm đăng ký văn bản không hợp lệ: " + year + ".");
        }
        NumberSeries series = repository.lock(issuingUnitId, year)
                .orElseGet(() -> createThenLock(issuingUnitId, year));
        return series.increment();
    }

    /**
     * First number of the year. The empty row is committed in its own transaction so that two
     * first users cannot both insert; the loser's duplicate key is expected and ignored.
     */
    private NumberSeries createThenLock(String unitId, int year) {
        try {
            separateTransaction.executeWithoutResult(status -> repository.insertEmpty(unitId, year));
        } catch (DataIntegrityViolationException alreadyCreated) {
            // Another issuer created the row first; lock it below like everyone else.
        }
        return repository.lock(unitId, year)
                .orElseThrow(() -> new IllegalStateException("Number series vanished: " + unitId + "/" + year));
    }
}
