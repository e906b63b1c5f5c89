package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import java.util.List;

/** The payloads of the pipeline, deal and task mutations (one shape per object, whatever the verb). */
final class CrmPayloads {

    private CrmPayloads() {
    }

    record PipelinePayload(List<UserErrorView> userErrors, PipelineView pipeline) {
    }

    record DealPayload(List<UserErrorView> userErrors, DealView deal) {
    }

    record TaskPayload(List<UserErrorView> userErrors, CrmTaskView task) {
    }
}
