package vn.planflow.obligation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationEvidenceRepository extends JpaRepository<ObligationEvidence, Long> {
    List<ObligationEvidence> findByObligationIdOrderByIdAsc(Long obligationId);
}
