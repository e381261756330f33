package vn.planflow.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On every start: the authorizations everyone needs for Tasklist; the first administrator from
 * PLANFLOW_ADMIN_USER / PLANFLOW_ADMIN_PASSWORD when given; the sample data in the demo profile.
 */
@Component
public class IdentityStartup implements ApplicationRunner {
    private final EngineAuthorizations authorizations;
    private final IdentityAdminService identityAdmin;
    private final DemoDataLoader demo;
    private final boolean demoEnabled;
    private final String adminUser;
    private final String adminPassword;

    public IdentityStartup(EngineAuthorizations authorizations, IdentityAdminService identityAdmin,
                           DemoDataLoader demo, @Value("${planflow.demo.enabled:false}") boolean demoEnabled,
                           @Value("${PLANFLOW_ADMIN_USER:}") String adminUser,
                           @Value("${PLANFLOW_ADMIN_PASSWORD:}") String adminPassword) {
        this.authorizations = authorizations;
        this.identityAdmin = identityAdmin;
        this.demo = demo;
        this.demoEnabled = demoEnabled;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        authorizations.grantBaseline();
        identityAdmin.upgradeDrafterRights();
        if (!adminUser.isBlank() && !adminPassword.isBlank()) {
            identityAdmin.ensureUser(adminUser, "Quản trị", "viên", null, adminPassword);
            identityAdmin.makeAdmin(adminUser);
        }
        if (demoEnabled) {
            demo.load();
        }
    }
}
