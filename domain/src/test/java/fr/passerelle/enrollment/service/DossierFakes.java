package fr.passerelle.enrollment.service;

import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.port.out.ContactFiles;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.port.out.DossierDocuments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The dossier's out-ports in maps, and enrollments to hang dossiers on. */
final class DossierFakes {

    private DossierFakes() {
    }

    static Enrollment enrollment(String id, String schoolId, String learnerSubject, Applicant applicant) {
        return new Enrollment(id, schoolId, "programme-1", "session-1", "contact-" + id, learnerSubject, null,
                applicant, true, EnrollmentState.DOSSIER_INCOMPLETE, null, null, List.of(), "admissions-1",
                Fixtures.NOW, Fixtures.NOW, 0);
    }

    static Applicant employee() {
        return new Applicant(ContactSituation.EMPLOYEE, false);
    }

    static final class InMemoryDossierDocuments extends InMemoryStore<DossierDocument> implements DossierDocuments {

        final List<Collection<String>> reads = new ArrayList<>();

        InMemoryDossierDocuments() {
            super("id", DossierDocument::id, (d, version) -> new DossierDocument(d.id(), d.schoolId(),
                    d.enrollmentId(), d.kind(), d.state(), d.file(), d.expiresOn(), d.rejection(), d.reviewedBy(),
                    d.reviewedAt(), d.previous(), version));
        }

        @Override
        public List<DossierDocument> ofEnrollments(Collection<String> enrollmentIds) {
            reads.add(List.copyOf(enrollmentIds));
            return all().stream().filter(d -> enrollmentIds.contains(d.enrollmentId())).toList();
        }
    }

    /**
     * The funding gate, answering the sources each enrollment's plan was given (none by default), and counting the
     * reads: one per {@link #of}, one per {@link #ofAll} whatever the number of enrollments.
     */
    static final class FakeFunding implements FundingProgress {

        final Map<String, Set<FundingSource>> sources = new HashMap<>();
        int reads;

        @Override
        public Map<String, FundingStatus> ofAll(Collection<Enrollment> enrollments) {
            reads++;
            Map<String, FundingStatus> all = new HashMap<>();
            enrollments.forEach(enrollment -> all.put(enrollment.id(), status(enrollment)));
            return all;
        }

        @Override
        public FundingStatus of(Enrollment enrollment) {
            reads++;
            return status(enrollment);
        }

        private FundingStatus status(Enrollment enrollment) {
            return new FundingStatus(true, false, false, false, sources.getOrDefault(enrollment.id(), Set.of()),
                    false, Money.euros(0), InstalmentOption.AT_ONCE);
        }
    }

    static final class Files implements ContactFiles {

        final Map<String, byte[]> stored = new TreeMap<>();

        @Override
        public void put(String key, byte[] content) {
            stored.put(key, content.clone());
        }

        @Override
        public Optional<byte[]> find(String key) {
            return Optional.ofNullable(stored.get(key)).map(byte[]::clone);
        }

        @Override
        public void delete(String key) {
            stored.remove(key);
        }
    }
}
