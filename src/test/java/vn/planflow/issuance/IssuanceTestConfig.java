package vn.planflow.issuance;

import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Only this package's entities and repositories, so the tests do not depend on other features' mappings. */
@TestConfiguration
@EntityScan(basePackageClasses = NumberSeries.class)
@EnableJpaRepositories(basePackageClasses = NumberSeriesRepository.class)
class IssuanceTestConfig {
}
