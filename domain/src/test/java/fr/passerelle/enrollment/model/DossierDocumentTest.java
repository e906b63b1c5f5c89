package fr.passerelle.enrollment.model;

import static fr.passerelle.testing.Violations.pathsAndCodesThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final DossierRejection REJECTION = new DossierRejection(DossierRejectReason.ILLEGIBLE, null);

    @Test
    void aFirstUploadIsPendingUnderTheEnrollmentsAndKindsId() {
        DossierDocument document = first(DossierDocumentKind.LATEST_DIPLOMA, "aa", null);

        assertThat(document.id()).isEqualTo("enrollment-1.LATEST_DIPLOMA");
        assertThat(document.state()).isEqualTo(DossierDocumentState.PENDING);
        assertThat(document.previous()).isEmpty();
    }

    @Test
    void theSameBytesAgainAreOneVersionAndOtherBytesReplaceTheFileAndReturnToReview() {
        DossierDocument accepted = first(DossierDocumentKind.LATEST_DIPLOMA, "aa", null)
                .accepted("admissions-1", AT, null, TODAY);

        assertThat(accepted.uploaded(file("aa"), null)).isSameAs(accepted);
        DossierDocument replaced = accepted.uploaded(file("bb"), null);
        assertThat(replaced.state()).isEqualTo(DossierDocumentState.PENDING);
        assertThat(replaced.file().sha256()).isEqualTo("bb");
        assertThat(replaced.reviewedBy()).isNull();
        assertThat(replaced.previous()).extracting(DossierFile::sha256).containsExactly("aa");
    }

    @Test
    void keepsAtMostTenPreviousVersionsMostRecentFirst() {
        DossierDocument document = first(DossierDocumentKind.MOTIVATION_LETTER, "v0", null);
        for (int i = 1; i <= 15; i++) {
            document = document.uploaded(file("v" + i), null);
        }

        assertThat(document.previous()).hasSize(DossierDocument.MAX_PREVIOUS);
        assertThat(document.previous().get(0).sha256()).isEqualTo("v14");
        assertThat(document.previous().get(9).sha256()).isEqualTo("v5");
    }

    @Test
    void anIdentityDocumentNeedsItsExpiryFromTheUploadOrTheReview() {
        DossierDocument withoutDate = first(DossierDocumentKind.IDENTITY, "aa", null);
        assertThat(pathsAndCodesThrownBy(() -> withoutDate.accepted("a", AT, null, TODAY)))
                .containsExactly("expiresOn REQUIRED");
        assertThat(withoutDate.accepted("a", AT, LocalDate.of(2030, 1, 1), TODAY).expiresOn())
                .isEqualTo(LocalDate.of(2030, 1, 1));

        DossierDocument stated = first(DossierDocumentKind.IDENTITY, "aa", LocalDate.of(2031, 5, 1));
        assertThat(stated.accepted("a", AT, null, TODAY).expiresOn()).isEqualTo(LocalDate.of(2031, 5, 1));
        assertThat(pathsAndCodesThrownBy(() -> stated.accepted("a", AT, TODAY.minusDays(1), TODAY)))
                .containsExactly("expiresOn OUT_OF_RANGE");
    }

    @Test
    void aFranceTravailCertificateIsValidThreeMonthsAtMost() {
        DossierDocument certificate = first(DossierDocumentKind.FRANCE_TRAVAIL_REGISTRATION, "aa", null);

        assertThat(certificate.accepted("a", AT, null, TODAY).expiresOn()).isEqualTo(TODAY.plusMonths(3));
        assertThat(certificate.accepted("a", AT, TODAY.plusMonths(1), TODAY).expiresOn())
                .isEqualTo(TODAY.plusMonths(1));
        assertThat(pathsAndCodesThrownBy(() -> certificate.accepted("a", AT, TODAY.plusMonths(3).plusDays(1), TODAY)))
                .containsExactly("expiresOn OUT_OF_RANGE");
    }

    @Test
    void aDocumentWithoutExpiryRefusesADateAndOnlyAPendingOneIsAccepted() {
        DossierDocument diploma = first(DossierDocumentKind.LATEST_DIPLOMA, "aa", null);

        assertThat(pathsAndCodesThrownBy(() -> diploma.accepted("a", AT, TODAY.plusYears(1), TODAY)))
                .containsExactly("expiresOn INVALID");
        DossierDocument accepted = diploma.accepted("a", AT, null, TODAY);
        assertThat(accepted.expiresOn()).isNull();
        assertThat(accepted.accepted("a", AT, null, TODAY)).as("a retried accept").isSameAs(accepted);
        assertThat(pathsAndCodesThrownBy(() -> accepted.rejected("a", AT, REJECTION).accepted("a", AT, null, TODAY)))
                .containsExactly("INVALID_STATE");
    }

    @Test
    void anAcceptedDocumentAcceptedAgainWithAnotherLastDayIsRefused() {
        DossierDocument accepted = first(DossierDocumentKind.IDENTITY, "aa", null)
                .accepted("a", AT, TODAY.plusYears(2), TODAY);

        assertThat(accepted.accepted("a", AT, TODAY.plusYears(2), TODAY)).isSameAs(accepted);
        assertThat(pathsAndCodesThrownBy(() -> accepted.accepted("a", AT, TODAY.plusYears(3), TODAY)))
                .containsExactly("INVALID_STATE");
    }

    @Test
    void aRejectionCarriesItsReasonAndOtherNeedsAComment() {
        DossierDocument pending = first(DossierDocumentKind.LATEST_DIPLOMA, "aa", null);

        DossierDocument rejected = pending.rejected("a", AT, new DossierRejection(DossierRejectReason.ILLEGIBLE, null));
        assertThat(rejected.state()).isEqualTo(DossierDocumentState.REJECTED);
        assertThat(rejected.rejection().reason()).isEqualTo(DossierRejectReason.ILLEGIBLE);
        assertThat(pathsAndCodesThrownBy(() -> pending.rejected("a", AT,
                new DossierRejection(DossierRejectReason.OTHER, " ")))).containsExactly("comment REQUIRED");
        assertThat(rejected.rejected("a", AT, new DossierRejection(DossierRejectReason.ILLEGIBLE, null)))
                .as("a retried reject").isSameAs(rejected);
        assertThat(pathsAndCodesThrownBy(() -> rejected.rejected("a", AT,
                new DossierRejection(DossierRejectReason.OUT_OF_DATE, null)))).containsExactly("INVALID_STATE");
        assertThat(rejected.uploaded(file("bb"), null).rejection()).isNull();
    }

    @Test
    void anAcceptedDocumentIsValidUntilItsLastDayThenExpires() {
        LocalDate lastDay = TODAY.plusDays(10);
        DossierDocument accepted = first(DossierDocumentKind.IDENTITY, "aa", null)
                .accepted("a", AT, lastDay, TODAY);

        assertThat(accepted.validOn(lastDay)).isTrue();
        assertThat(accepted.expiredOn(lastDay)).isSameAs(accepted);
        assertThat(accepted.validOn(lastDay.plusDays(1))).isFalse();
        DossierDocument expired = accepted.expiredOn(lastDay.plusDays(1));
        assertThat(expired.state()).isEqualTo(DossierDocumentState.EXPIRED);
        assertThat(expired.expiredOn(lastDay.plusDays(2))).isSameAs(expired);
    }

    private static DossierDocument first(DossierDocumentKind kind, String sha, LocalDate statedExpiry) {
        return DossierDocument.first("school-1", "enrollment-1", kind, file(sha), statedExpiry);
    }

    private static DossierFile file(String sha) {
        return new DossierFile("key-" + sha, "application/pdf", 10, sha, "learner-1", AT);
    }
}
