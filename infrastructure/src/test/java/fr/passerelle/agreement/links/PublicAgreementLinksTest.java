package fr.passerelle.agreement.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAgreementLinksTest {

    /** Base64url of {@code InternshipAgreement:a-1}, without padding. */
    private static final String GLOBAL_ID = "SW50ZXJuc2hpcEFncmVlbWVudDphLTE";

    @Test
    void linksPointAtTheApisDownloadsUnderThePublicAddressWithTheGlobalId() {
        var links = new PublicAgreementLinks("https://api.passerelle.example/");

        assertThat(links.agreementDocument("a-1", 2))
                .isEqualTo("https://api.passerelle.example/agreements/" + GLOBAL_ID + "/document?version=2");
        assertThat(links.amendmentDocument("a-1", 1))
                .isEqualTo("https://api.passerelle.example/agreements/" + GLOBAL_ID + "/amendments/1/document");
        assertThat(new PublicAgreementLinks("http://localhost:8080").agreementDocument("a-1", 1))
                .startsWith("http://localhost:8080/agreements/" + GLOBAL_ID + "/");
    }
}
