package fr.passerelle.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreModeFailureAnalyzerTest {

    @Test
    void theAnalysisNamesTheStoreAndTheWaysOut() {
        var analysis = new StoreModeFailureAnalyzer()
                .analyze(new ForeignStoreException(Path.of("/srv/passerelle/passerelle.mv"), "production"));

        assertThat(analysis.getDescription()).contains("/srv/passerelle/passerelle.mv", "production", "secrets");
        assertThat(analysis.getAction()).contains("PASSERELLE_DATA_DIR", "without the dev profile");
    }
}
