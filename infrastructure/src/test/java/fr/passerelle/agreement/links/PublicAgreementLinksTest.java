package fr.passerelle.agreement.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAgreementLinksTest {

    /** Base64url of {@code InternshipAgreement:a-1}, without padding. */
    private static final String GLOBAL_ID = "SW50ZXJuc2hpcEFncmVlbWVudDphLTE";

    @Test
    void linksPointAtTheApisDownloadsUnderThePublicAddressWithTheGlobalId() {
        var links = new PublicAgreementLinks(path -> "https://api.passerelle.example" + path);

        assertThat(links.agreementDocument("a-1", 2))
                .isEqualTo("https://api.passerelle.example/agreements/" + GLOBAL_ID + "/document?version=2");
        assertThat(links.amendmentDocument("a-1", 1))
                .isEqualTo("https://api.passerelle.example/agreements/" + GLOBAL_ID + "/amendments/1/document");
    }
}
