package vn.planflow.identity;

import java.util.List;
import vn.planflow.unit.LeaderPosition;
import vn.planflow.unit.UnitRequest;

/** One shape of sample data (units, leaders, people) as shipped in resources/sample/. */
public record SampleData(String shape, List<UnitRequest> units, List<Leader> leaders, List<Person> people) {

    public record Leader(String unitId, String userId, String fullName, LeaderPosition position) {
    }

    /** roles: pairs of [unitId, role]. */
    public record Person(String userId, String fullName, List<List<String>> roles) {
    }
}
