package fr.passerelle.testing;

import fr.passerelle.learner.model.AcceptanceClaims;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerFilter;
import fr.passerelle.learner.model.LearnerOrderField;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link Learners} in a map, honouring the port's contract: a subject owns at most one profile (DuplicateKeyException
 * key {@code subject}) and a school's external student id names one learner of that school (key
 * {@code externalStudentId}); both only apply when the values are present, so any number of unclaimed or
 * id-less learners coexist. Optimistic locking on {@code version} as {@link InMemoryStore}: a stale update is a
 * ConcurrentUpdateException, checked before uniqueness as a conditional update on the version would.
 *
 * <p>{@link #search} applies every criterion of the filter and {@code onlySchoolIds}; {@code programCode} matches
 * exactly (as a Mongo equality would) and {@code nameContains} ignores case and accents. Simplifications: the sort
 * is honoured (then id, in the same direction) but paging only takes the first {@code paging.size()} matches —
 * cursors and backward reading are ignored — and every keyset carries the id as its sort value.
 *
 * <p>For tests: {@link #externalIdLookups} records the size of each {@link #findBySchoolAndExternalIds} read, and
 * {@link #beforeNextWrite} runs something (a concurrent writer) just before the next insert or update.
 */
public class InMemoryLearners extends InMemoryStore<Learner> implements Learners {

    private final List<Integer> externalIdLookups = new ArrayList<>();
    private final Map<String, AcceptanceClaims> acceptanceClaims = new HashMap<>();
    private Runnable beforeNextWrite;

    public InMemoryLearners() {
        // The ids are unique by construction: the two real unique keys are checked below, where null is allowed.
        super("id", Learner::id, (l, version) -> new Learner(l.id(), l.subject(), l.detachment(), l.identity(),
                l.type(), l.status(), l.source(), l.academic(), l.skills(), l.background(), l.career(),
                l.readinessScore(), l.createdBy(), l.createdAt(), l.updatedAt(), version));
    }

    @Override
    public Learner insert(Learner learner, DomainEvent event) {
        runConcurrentWriter();
        requireUniqueKeys(learner);
        return super.insert(learner, event);
    }

    @Override
    public Learner update(Learner learner, DomainEvent event) {
        runConcurrentWriter();
        Learner stored = byId.get(learner.id());
        if (stored != null && stored.version() == learner.version()) {
            requireUniqueKeys(learner);
        }
        return super.update(learner, event);
    }

    @Override
    public Optional<Learner> findBySubject(String subject) {
        return byId.values().stream().filter(l -> l.subject() != null && l.subject().equals(subject)).findFirst();
    }

    @Override
    public List<Learner> matchCandidates(Set<String> onlySchoolIds, Set<String> anySkillCodes, int limit) {
        return byId.values().stream()
                .filter(l -> !l.isMerged())
                .filter(l -> onlySchoolIds == null
                        || (l.academic().schoolId() != null && onlySchoolIds.contains(l.academic().schoolId())))
                .filter(l -> anySkillCodes.isEmpty()
                        || l.skills().stream().map(LearnerSkill::code).anyMatch(anySkillCodes::contains))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Learner> findUnclaimedByEmail(EmailAddress email, int limit) {
        return byId.values().stream()
                .filter(l -> l.isClaimable() && l.identity().email().equals(email))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Learner> findUnclaimedByEmailInSchool(EmailAddress email, String schoolId, int limit) {
        return findUnclaimedByEmail(email, Integer.MAX_VALUE).stream()
                .filter(l -> schoolId.equals(l.academic().schoolId()))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Learner> findBySchoolAndExternalIds(String schoolId, Collection<String> externalStudentIds) {
        externalIdLookups.add(externalStudentIds.size());
        Set<String> wanted = Set.copyOf(externalStudentIds);
        return byId.values().stream()
                .filter(l -> schoolId.equals(l.academic().schoolId())
                        && l.academic().externalStudentId() != null
                        && wanted.contains(l.academic().externalStudentId()))
                .toList();
    }

    @Override
    public Page<Learner> search(LearnerFilter filter, Set<String> onlySchoolIds, Sort<LearnerOrderField> sort,
                                Paging paging) {
        List<Learner> matches = byId.values().stream()
                .filter(l -> !l.isMerged())
                .filter(l -> onlySchoolIds == null
                        || (l.academic().schoolId() != null && onlySchoolIds.contains(l.academic().schoolId())))
                .filter(l -> matches(filter, l))
                .sorted(order(sort))
                .toList();
        List<Learner> items = matches.stream().limit(paging.size()).toList();
        return new Page<>(items, items.stream().map(l -> new Keyset(l.id(), l.id())).toList(),
                matches.size() > items.size(), false);
    }

    @Override
    public synchronized AcceptanceClaims acceptanceClaims(String learnerId) {
        return acceptanceClaims.getOrDefault(learnerId, AcceptanceClaims.none(learnerId));
    }

    /** Compare-and-swap on the revision, as the adapter's conditional update. */
    @Override
    public synchronized AcceptanceClaims saveAcceptanceClaims(AcceptanceClaims claims) {
        if (findById(claims.learnerId()).isEmpty()) {
            throw new NotFoundException("Learner", claims.learnerId());
        }
        if (acceptanceClaims(claims.learnerId()).revision() != claims.revision()) {
            throw new ConcurrentUpdateException("Learner", claims.learnerId());
        }
        AcceptanceClaims saved = new AcceptanceClaims(claims.learnerId(), claims.claims(), claims.revision() + 1);
        acceptanceClaims.put(claims.learnerId(), saved);
        return saved;
    }

    /** How many external ids each {@link #findBySchoolAndExternalIds} call asked for, in call order. */
    public List<Integer> externalIdLookups() {
        return List.copyOf(externalIdLookups);
    }

    /** Runs {@code concurrentWriter} once, just before the next insert or update is checked and stored. */
    public void beforeNextWrite(Runnable concurrentWriter) {
        this.beforeNextWrite = concurrentWriter;
    }

    private void runConcurrentWriter() {
        Runnable writer = beforeNextWrite;
        beforeNextWrite = null;
        if (writer != null) {
            writer.run();
        }
    }

    private void requireUniqueKeys(Learner learner) {
        List<Learner> others = byId.values().stream().filter(other -> !other.id().equals(learner.id())).toList();
        if (learner.subject() != null && others.stream().anyMatch(o -> learner.subject().equals(o.subject()))) {
            throw new DuplicateKeyException("subject");
        }
        String school = learner.academic().schoolId();
        String external = learner.academic().externalStudentId();
        if (school != null && external != null && others.stream().anyMatch(o ->
                school.equals(o.academic().schoolId()) && external.equals(o.academic().externalStudentId()))) {
            throw new DuplicateKeyException("externalStudentId");
        }
    }

    private static boolean matches(LearnerFilter filter, Learner learner) {
        Set<String> held = learner.skills().stream().map(LearnerSkill::code).collect(Collectors.toSet());
        return (filter.programCode() == null || filter.programCode().equals(learner.academic().programCode()))
                && (filter.graduationYear() == null
                        || filter.graduationYear().equals(learner.academic().graduationYear()))
                && held.containsAll(filter.skillCodes())
                && (filter.readinessMin() == null || learner.readinessScore() >= filter.readinessMin())
                && (filter.readinessMax() == null || learner.readinessScore() <= filter.readinessMax())
                && (filter.status() == null || filter.status() == learner.status())
                && (filter.nameContains() == null || InMemorySchools.key(learner.identity().displayName())
                        .contains(InMemorySchools.key(filter.nameContains())));
    }

    private static Comparator<Learner> order(Sort<LearnerOrderField> sort) {
        Comparator<Learner> byField = switch (sort == null ? LearnerOrderField.CREATED_AT : sort.field()) {
            case NAME -> Comparator.comparing((Learner l) -> InMemorySchools.key(l.identity().lastName()))
                    .thenComparing(l -> InMemorySchools.key(l.identity().firstName()));
            case GRADUATION_YEAR -> Comparator.comparing((Learner l) -> l.academic().graduationYear(),
                    Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));
            case READINESS -> Comparator.comparingInt(Learner::readinessScore);
            case CREATED_AT -> Comparator.comparing(Learner::createdAt);
        };
        Comparator<Learner> withTieBreak = byField.thenComparing(Learner::id);
        return sort == null || sort.ascending() ? withTieBreak : withTieBreak.reversed();
    }
}
