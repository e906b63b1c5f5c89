package fr.passerelle.enrollment.funder;

import static fr.passerelle.enrollment.port.out.FolderState.ACCEPTED;
import static fr.passerelle.enrollment.port.out.FolderState.CANCELLED_BY_HOLDER;
import static fr.passerelle.enrollment.port.out.FolderState.CANCELLED_BY_ORGANISATION;
import static fr.passerelle.enrollment.port.out.FolderState.CANCELLED_BY_PLATFORM;
import static fr.passerelle.enrollment.port.out.FolderState.IN_TRAINING;
import static fr.passerelle.enrollment.port.out.FolderState.NOT_PROCESSED;
import static fr.passerelle.enrollment.port.out.FolderState.REFUSED_BY_HOLDER;
import static fr.passerelle.enrollment.port.out.FolderState.REFUSED_BY_ORGANISATION;
import static fr.passerelle.enrollment.port.out.FolderState.SERVICE_DONE_DECLARED;
import static fr.passerelle.enrollment.port.out.FolderState.SERVICE_DONE_VALIDATED;
import static fr.passerelle.enrollment.port.out.FolderState.TERMINATED;
import static fr.passerelle.enrollment.port.out.FolderState.VALIDATED;
import static fr.passerelle.enrollment.port.out.FolderState.WAITING_FOR_ACCEPTANCE;

import fr.passerelle.enrollment.port.in.FundingEvents;
import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FolderState;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.TrainingAccountFolder;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Mon Compte Formation's EDOF as a fake, for dev and tests (the platform is not reachable from here). It keeps the
 * folders' life cycle and deadlines, counted in working days on the platform's calendar
 * ({@link WorkingDays}, French public holidays):
 * <ul>
 *   <li>a request not answered by the end of the 2nd working day after it was made is cancelled by the platform
 *       (the holder's view on Mon Compte Formation: "l'organisme dispose de 2 jours ouvrés pour y répondre ; passé ce
 *       délai, ta demande sera automatiquement annulée");</li>
 *   <li>a proposal not accepted by the end of the 4th working day after validation is cancelled ("tu as 4 jours
 *       ouvrés pour valider la proposition ; sans action de ta part, le dossier sera annulé");</li>
 *   <li>entry is declared at the earliest on the 11th working day after acceptance ("le délai de rétractation de 11
 *       jours ouvrés commence à cette date"), during which the holder may cancel.</li>
 * </ul>
 * Deadlines are applied against the {@link Clock} on every read and command (and by {@link #applyDeadlines()}), so
 * moving the clock is enough for them to pass. The holder's side ({@link #holderRequests}, {@link #holderAccepts}…) and
 * the platform's check of the service done ({@link #platformValidatesServiceDone}) are public for tests and dev.
 * Validating a request puts the proposal to the holder at once: the platform records {@code validated} then
 * {@code waitingAcceptation}, and the fake notifies both.
 */
public class FakeTrainingAccountGateway implements TrainingAccountGateway {

    static final int ORGANISATION_ANSWER_WORKING_DAYS = 2;
    static final int HOLDER_ACCEPTANCE_WORKING_DAYS = 4;
    private static final Set<FolderState> CANCELLABLE_BY_ORGANISATION = EnumSet.of(VALIDATED, WAITING_FOR_ACCEPTANCE,
            ACCEPTED);
    private static final Set<FolderState> CANCELLABLE_BY_HOLDER = EnumSet.of(NOT_PROCESSED, WAITING_FOR_ACCEPTANCE,
            ACCEPTED);

    private final Clock clock;
    private final Notifications<FundingStatusChanged> notifications;
    private final IdempotencyKeys keys = new IdempotencyKeys();
    private final Map<String, TrainingAccountFolder> folders = new LinkedHashMap<>();

    public FakeTrainingAccountGateway(Clock clock, FundingEvents listener) {
        this.clock = clock;
        this.notifications = new Notifications<>(FundingStatusChanged::new, listener::statusChanged);
    }

    @Override
    public synchronized Optional<TrainingAccountFolder> folder(String number) {
        applyDeadlines();
        return Optional.ofNullable(folders.get(number));
    }

    @Override
    public synchronized TrainingAccountFolder validate(String number, String idempotencyKey) {
        return command(idempotencyKey, "validate " + number, () -> {
            move(number, EnumSet.of(NOT_PROCESSED), VALIDATED, null, null);
            return move(number, EnumSet.of(VALIDATED), WAITING_FOR_ACCEPTANCE,
                    WorkingDays.after(today(), HOLDER_ACCEPTANCE_WORKING_DAYS), null);
        });
    }

    @Override
    public synchronized TrainingAccountFolder refuse(String number, String idempotencyKey) {
        return command(idempotencyKey, "refuse " + number,
                () -> move(number, EnumSet.of(NOT_PROCESSED), REFUSED_BY_ORGANISATION, null, null));
    }

    @Override
    public synchronized TrainingAccountFolder cancel(String number, String idempotencyKey) {
        return command(idempotencyKey, "cancel " + number,
                () -> move(number, CANCELLABLE_BY_ORGANISATION, CANCELLED_BY_ORGANISATION, null, null));
    }

    @Override
    public synchronized TrainingAccountFolder declareEntry(String number, LocalDate day, String idempotencyKey) {
        return command(idempotencyKey, "entry " + number + " " + day, () -> {
            TrainingAccountFolder folder = existing(number);
            if (folder.state() == ACCEPTED && (day.isBefore(folder.earliestEntry()) || day.isAfter(today()))) {
                throw new FunderRefusedException("entry must be between the earliest entry and today");
            }
            return dated(move(number, EnumSet.of(ACCEPTED), IN_TRAINING, null, folder.earliestEntry()), day, null);
        });
    }

    @Override
    public synchronized TrainingAccountFolder declareExit(String number, LocalDate day, String idempotencyKey) {
        return command(idempotencyKey, "exit " + number + " " + day, () -> {
            TrainingAccountFolder folder = existing(number);
            if (day.isAfter(today())) {
                throw new FunderRefusedException("an exit is declared once it happened");
            }
            if (folder.enteredOn() != null && day.isBefore(folder.enteredOn())) {
                throw new FunderRefusedException("an exit is on or after the entry");
            }
            return dated(move(number, EnumSet.of(IN_TRAINING), TERMINATED, null, folder.earliestEntry()),
                    folder.enteredOn(), day);
        });
    }

    @Override
    public synchronized TrainingAccountFolder declareServiceDone(String number, String idempotencyKey) {
        return command(idempotencyKey, "service done " + number, () -> move(number, EnumSet.of(TERMINATED),
                SERVICE_DONE_DECLARED, null, existing(number).earliestEntry()));
    }

    /** The holder asks to enrol in a session on Mon Compte Formation: a new folder, not processed yet. */
    public synchronized TrainingAccountFolder holderRequests(String number, String sessionReference, Money price) {
        applyDeadlines();
        Euros.required(price);
        if (folders.containsKey(number)) {
            throw new FunderRefusedException("folder already exists");
        }
        TrainingAccountFolder folder = new TrainingAccountFolder(number, sessionReference, price, NOT_PROCESSED,
                WorkingDays.after(today(), ORGANISATION_ANSWER_WORKING_DAYS), null, null, null);
        folders.put(number, folder);
        notifications.changed(number, NOT_PROCESSED, clock.instant());
        return folder;
    }

    /** The holder accepts the organisation's proposal (and pays their part on the platform). */
    public synchronized TrainingAccountFolder holderAccepts(String number) {
        applyDeadlines();
        return move(number, EnumSet.of(WAITING_FOR_ACCEPTANCE), ACCEPTED, null,
                WorkingDays.after(today(), WORKING_DAYS_BEFORE_ENTRY));
    }

    /** The holder turns the organisation's proposal down. */
    public synchronized TrainingAccountFolder holderRefuses(String number) {
        applyDeadlines();
        return move(number, EnumSet.of(WAITING_FOR_ACCEPTANCE), REFUSED_BY_HOLDER, null, null);
    }

    /** The holder cancels their request, or the accepted folder before entry. */
    public synchronized TrainingAccountFolder holderCancels(String number) {
        applyDeadlines();
        return move(number, CANCELLABLE_BY_HOLDER, CANCELLED_BY_HOLDER, null, null);
    }

    /** The platform checked the organisation's declaration of service done. */
    public synchronized TrainingAccountFolder platformValidatesServiceDone(String number) {
        applyDeadlines();
        return move(number, EnumSet.of(SERVICE_DONE_DECLARED), SERVICE_DONE_VALIDATED, null,
                existing(number).earliestEntry());
    }

    /** Sends every notification again, as the platform does when it thinks they were lost. */
    public synchronized void redeliverNotifications() {
        notifications.redeliverAll();
    }

    /** Every notification sent, oldest first. */
    public synchronized List<FundingStatusChanged> notifications() {
        return notifications.sent();
    }

    /** Cancels the folders whose deadline has passed: a request not answered, a proposal not accepted. */
    public synchronized void applyDeadlines() {
        LocalDate today = today();
        folders.values().stream()
                .filter(folder -> folder.deadline() != null && today.isAfter(folder.deadline()))
                .map(TrainingAccountFolder::number).toList()
                .forEach(number -> moveAt(number, EnumSet.of(NOT_PROCESSED, WAITING_FOR_ACCEPTANCE),
                        CANCELLED_BY_PLATFORM, null, null, dayAfterDeadline(folders.get(number))));
    }

    private TrainingAccountFolder command(String key, String command,
                                          Supplier<TrainingAccountFolder> action) {
        applyDeadlines();
        return keys.once(key, command, TrainingAccountFolder.class, action);
    }

    private TrainingAccountFolder move(String number, Set<FolderState> from, FolderState to, LocalDate deadline,
                                       LocalDate earliestEntry) {
        return moveAt(number, from, to, deadline, earliestEntry, clock.instant());
    }

    /** The platform cancels at midnight (Paris) after the deadline's last day, whenever the fake notices. */
    private static Instant dayAfterDeadline(TrainingAccountFolder folder) {
        return folder.deadline().plusDays(1).atStartOfDay(PlatformCalendar.ZONE).toInstant();
    }

    private TrainingAccountFolder moveAt(String number, Set<FolderState> from, FolderState to, LocalDate deadline,
                                         LocalDate earliestEntry, Instant at) {
        TrainingAccountFolder folder = existing(number);
        if (!from.contains(folder.state())) {
            throw new FunderRefusedException("folder is " + folder.state() + ", not " + from);
        }
        TrainingAccountFolder moved = new TrainingAccountFolder(number, folder.sessionReference(), folder.price(), to,
                deadline, earliestEntry, folder.enteredOn(), folder.exitedOn());
        folders.put(number, moved);
        notifications.changed(number, to, at);
        return moved;
    }

    /** The folder with the entry and exit days the organisation declared, as the platform shows them. */
    private TrainingAccountFolder dated(TrainingAccountFolder folder, LocalDate enteredOn, LocalDate exitedOn) {
        TrainingAccountFolder dated = new TrainingAccountFolder(folder.number(), folder.sessionReference(),
                folder.price(), folder.state(), folder.deadline(), folder.earliestEntry(), enteredOn, exitedOn);
        folders.put(folder.number(), dated);
        return dated;
    }

    private TrainingAccountFolder existing(String number) {
        TrainingAccountFolder folder = folders.get(number);
        if (folder == null) {
            throw new FunderRefusedException("unknown folder");
        }
        return folder;
    }

    private LocalDate today() {
        return PlatformCalendar.today(clock);
    }
}
