package vn.planflow.audit;

import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Hooks the audit log into Hibernate (decisions) and in front of Camunda's own logins. */
@Configuration
class AuditWiring {

    @Bean
    HibernatePropertiesCustomizer decisionAudit(ObjectProvider<AuditLog> audit) {
        Integrator integrator = new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext context, SessionFactoryImplementor factory) {
                factory.getServiceRegistry().requireService(EventListenerRegistry.class)
                        .appendListeners(EventType.POST_INSERT, new DecisionAuditor(audit));
            }

            @Override
            public void disintegrate(SessionFactoryImplementor factory, SessionFactoryServiceRegistry registry) {
                // nothing to release
            }
        };
        IntegratorProvider provider = () -> List.of(integrator);
        return properties -> properties.put("hibernate.integrator_provider", provider);
    }

    /** First of all filters, so every later one (Spring Security included) runs inside it. */
    @Bean
    FilterRegistrationBean<CurrentRequest> auditCurrentRequest() {
        FilterRegistrationBean<CurrentRequest> bean = new FilterRegistrationBean<>(new CurrentRequest());
        bean.setName("audit-current-request");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    /** Before Camunda's basic-auth filter on /engine-rest (which has the lowest order), after Spring Security. */
    @Bean
    FilterRegistrationBean<CamundaSignInAuditFilter> camundaSignInAudit(AuditLog audit) {
        FilterRegistrationBean<CamundaSignInAuditFilter> bean =
                new FilterRegistrationBean<>(new CamundaSignInAuditFilter(audit));
        bean.addUrlPatterns("/engine-rest/*", CamundaSignInAuditFilter.WEBAPP_LOGIN + "*");
        bean.setName("camunda-sign-in-audit");
        bean.setOrder(0);
        return bean;
    }
}
