package fr.passerelle.catalog.graphql;

import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.MoneyInput;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.catalog.model.Accessibility;
import fr.passerelle.catalog.model.CertificationCode;
import fr.passerelle.catalog.model.CompetencyBlock;
import fr.passerelle.catalog.model.Modality;
import fr.passerelle.catalog.model.PriceBasis;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.port.in.ProgrammeUseCases;
import fr.passerelle.catalog.port.in.SessionUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.validation.Checks;
import graphql.relay.Connection;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Programmes over GraphQL: thin translation to {@link ProgrammeUseCases}, which decides who may. The first pages of
 * a page of programmes' sessions come from one batched read.
 */
@Controller
class ProgrammeController implements NodeLoader {

    private static final String BY_TITLE = "TITLE";
    private static final String BY_START = "START_ON";
    private static final Set<String> ARGUMENTS = Set.of("id", ExpectedVersion.ARGUMENT);
    /** The batched first pages' loader. */
    static final String FIRST_PAGES = "sessionFirstPages";

    private final ProgrammeUseCases programmes;
    private final SessionUseCases sessions;

    ProgrammeController(ProgrammeUseCases programmes, SessionUseCases sessions, BatchLoaderRegistry registry) {
        this.programmes = programmes;
        this.sessions = sessions;
        registry.<FirstPageKey, Page<Session>>forName(FIRST_PAGES)
                .registerMappedBatchLoader((keys, environment) -> Mono.just(firstPages(keys)));
    }

    /** {@code ProgrammeInput}. */
    record ProgrammeInput(String title, String certificationCode, Integer level, String certifyingBody,
                          String objectives, List<CompetencyBlock> competencyBlocks, String prerequisites,
                          Integer durationHours, List<Modality> modalities, PriceInput price,
                          Integer accessDelayDays, Accessibility accessibility, String teachingMethods,
                          String assessmentMethods, String contact) {

        /** The domain's details; the code is parsed here so a malformed one is reported on its field. */
        ProgrammeDetails details() {
            var checks = new Checks();
            CertificationCode code = checks.parse("certificationCode",
                    certificationCode == null || certificationCode.isBlank() ? null : certificationCode,
                    CertificationCode::parse);
            checks.throwIfAny();
            return new ProgrammeDetails(title, code, level, certifyingBody, objectives, competencyBlocks,
                    prerequisites, durationHours, modalities == null ? null : new HashSet<>(modalities),
                    price == null ? null : new ProgrammePrice(MoneyInput.toMoney(price.amount()), price.basis(),
                            price.groupSize()), accessDelayDays, accessibility, teachingMethods, assessmentMethods,
                    contact);
        }
    }

    /** {@code ProgrammePriceInput}. */
    record PriceInput(MoneyInput amount, PriceBasis basis, Integer groupSize) {
    }

    /** {@code ProgrammeCreatePayload} and the others. */
    record ProgrammePayload(List<UserErrorView> userErrors, ProgrammeView programme) {
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "programmes")
    Connection<ProgrammeView> programmes(SchoolView school, @Arguments PageArguments page,
                                         @ContextValue Actor actor) {
        var connection = page.orderedBy(BY_TITLE);
        return connection.connection(programmes.ofSchool(actor, school.localId(), connection.paging()),
                ProgrammeView::of);
    }

    /**
     * The first page (no cursor, reading forward) of each programme goes through the batched loader, so a page of
     * programmes with their sessions costs one read of sessions; any other page is read for its programme alone.
     */
    @SchemaMapping(typeName = ProgrammeView.TYPE, field = "sessions")
    CompletableFuture<Connection<SessionView>> sessions(ProgrammeView programme, @Arguments PageArguments page,
                                                        @ContextValue Actor actor,
                                                        DataLoader<FirstPageKey, Page<Session>> sessionFirstPages) {
        var connection = page.orderedBy(BY_START);
        var paging = connection.paging();
        if (!paging.backward() && paging.after() == null) {
            return sessionFirstPages.load(new FirstPageKey(programme.localId(), paging.size(), actor))
                    .thenApply(firstPage -> connection.connection(firstPage, SessionView::of));
        }
        return CompletableFuture.completedFuture(connection.connection(sessions.ofProgramme(actor,
                programme.localId(), paging), SessionView::of));
    }

    @MutationMapping
    ProgrammePayload programmeCreate(@Argument String schoolId, @Argument ProgrammeInput input,
                                     @ContextValue Actor actor) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        return run(Set.of("schoolId"), () -> programmes.create(actor, school, input.details()));
    }

    @MutationMapping
    ProgrammePayload programmeUpdate(@Argument String id, @Argument ProgrammeInput input,
                                     @Argument Long expectedVersion, @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, ProgrammeView.TYPE);
        return run(ARGUMENTS, () -> programmes.update(actor, local, input.details(), expectedVersion));
    }

    @MutationMapping
    ProgrammePayload programmePublish(@Argument String id, @Argument Long expectedVersion,
                                      @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, ProgrammeView.TYPE);
        return run(ARGUMENTS, () -> programmes.publish(actor, local, expectedVersion));
    }

    @MutationMapping
    ProgrammePayload programmeArchive(@Argument String id, @Argument Long expectedVersion,
                                      @ContextValue Actor actor) {
        String local = GlobalIds.localId(id, ProgrammeView.TYPE);
        return run(ARGUMENTS, () -> programmes.archive(actor, local, expectedVersion));
    }

    @Override
    public String type() {
        return ProgrammeView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(programmes.findAll(actor, localIds), ProgrammeView::of);
    }

    /** Keys asking the same size for the same actor are read together. */
    private Map<FirstPageKey, Page<Session>> firstPages(Set<FirstPageKey> keys) {
        Map<FirstPageKey, Page<Session>> pages = new HashMap<>();
        keys.stream().collect(Collectors.groupingBy(FirstPageKey::batch)).forEach((batch, batchKeys) -> {
            Map<String, Page<Session>> byProgramme = sessions.firstPagesOfProgrammes(batch.actor(),
                    batchKeys.stream().map(FirstPageKey::programmeId).toList(), batch.size());
            batchKeys.forEach(key -> pages.put(key, byProgramme.getOrDefault(key.programmeId(), Page.empty())));
        });
        return pages;
    }

    /** One programme's first page for one actor. */
    record FirstPageKey(String programmeId, int size, Actor actor) {

        Batch batch() {
            return new Batch(size, actor);
        }
    }

    /** What a batch of first pages shares. */
    record Batch(int size, Actor actor) {
    }

    /** Publication's missing fields are paths under {@code input}, as the update's are. */
    private ProgrammePayload run(Set<String> arguments, Supplier<Programme> useCase) {
        return Mutations.run("input", arguments, useCase, (errors, programme) -> new ProgrammePayload(errors,
                programme == null ? null : ProgrammeView.of(programme)));
    }
}
