package vn.planflow.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.planflow.unit.UnitAdminService;
import vn.planflow.unit.UnitRepository;

/**
 * Loads both sample shapes (three levels before July 2025, two levels after) with one person per
 * role. Only in the demo profile: production starts with its first administrator alone.
 */
@Component
public class DemoDataLoader {
    public static final String[] SHAPES = {"sample/three-level.json", "sample/two-level.json"};
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private final UnitAdminService unitAdmin;
    private final UnitRepository units;
    private final IdentityAdminService identityAdmin;
    private final ObjectMapper json;
    private final String password;

    public DemoDataLoader(UnitAdminService unitAdmin, UnitRepository units, IdentityAdminService identityAdmin,
                          ObjectMapper json, @Value("${planflow.demo.password:demo}") String password) {
        this.unitAdmin = unitAdmin;
        this.units = units;
        this.identityAdmin = identityAdmin;
        this.json = json;
        this.password = password;
    }

    @Transactional
    public void load() {
        for (String shape : SHAPES) {
            load(read(shape));
        }
        identityAdmin.ensureUser("admin", "Quản trị", "viên", null, password);
        identityAdmin.makeAdmin("admin");
    }

    @Transactional
    public void load(SampleData data) {
        data.units().stream().filter(u -> !units.existsById(u.id())).forEach(unitAdmin::create);
        data.leaders().forEach(l -> unitAdmin.addLeader(l.unitId(), l.userId(), l.fullName(), l.position()));
        for (SampleData.Person p : data.people()) {
            int split = p.fullName().lastIndexOf(' ');
            identityAdmin.ensureUser(p.userId(), p.fullName().substring(0, split), p.fullName().substring(split + 1),
                    p.userId() + "@planflow.local", password);
            for (var role : p.roles()) {
                identityAdmin.grantRole(p.userId(), role.get(0), Role.valueOf(role.get(1)), p.fullName());
            }
        }
        log.info("Sample data loaded: {}", data.shape());
    }

    public SampleData read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, SampleData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
