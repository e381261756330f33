package vn.planflow.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ as one deployment with stable names ("processes/X.bpmn"), so
 * formRefBinding="deployment" holds and an unchanged model makes no new version, whether the
 * application runs from the jar or from the sources.
 */
@Component
public class ProcessResourcesDeployer extends AbstractProcessEnginePlugin {
    static final String DEPLOYMENT = "planflow";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT).source("PlanFlow").enableDuplicateFiltering(false);
        int count = add(deployment, "classpath*:processes/*.bpmn", "processes/")
                + add(deployment, "classpath*:forms/*.form", "forms/");
        if (count > 0) {
            deployment.deploy();
        }
    }

    private static int add(DeploymentBuilder deployment, String pattern, String prefix) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            for (Resource r : resources) {
                deployment.addInputStream(prefix + r.getFilename(), r.getInputStream());
            }
            return resources.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pattern, e);
        }
    }
}
