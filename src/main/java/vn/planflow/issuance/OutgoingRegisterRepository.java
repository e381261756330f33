package vn.planflow.issuance;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface OutgoingRegisterRepository extends JpaRepository<OutgoingRegisterEntry, Long> {

    List<OutgoingRegisterEntry> findByIssuingUnitIdAndRegisterYearOrderByNumberAsc(String issuingUnitId, int year);

    /** The latest entry wins should a plan ever be re-issued under a replacement document. */
    Optional<OutgoingRegisterEntry> findFirstByPlanIdOrderByIdDesc(Long planId);
}
