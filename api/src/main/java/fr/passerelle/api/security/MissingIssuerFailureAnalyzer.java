package fr.passerelle.api.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly what to configure when neither an issuer nor the dev mode is set. */
class MissingIssuerFailureAnalyzer extends AbstractFailureAnalyzer<MissingIssuerException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingIssuerException cause) {
        return new FailureAnalysis(
                "Passerelle cannot authenticate callers: no OAuth2 issuer is configured and the dev mode is off.",
                "Set PASSERELLE_SECURITY_ISSUER_URI (and PASSERELLE_SECURITY_AUDIENCE) to your identity provider, "
                        + "or start with the dev profile (-Dspring-boot.run.profiles=dev) for the embedded "
                        + "development issuer and demo data.",
                cause);
    }
}
