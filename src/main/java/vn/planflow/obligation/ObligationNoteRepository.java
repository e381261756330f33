package vn.planflow.obligation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationNoteRepository extends JpaRepository<ObligationNote, Long> {
    List<ObligationNote> findByObligationIdOrderByIdAsc(Long obligationId);
}
