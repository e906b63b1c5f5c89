package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.model.FollowUpItem;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.port.in.AgreementDraft;
import fr.passerelle.api.graphql.MoneyInput;
import fr.passerelle.shared.model.EmailAddress;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The GraphQL inputs of agreements, turned into the domain's draft (which checks them). */
final class AgreementInputs {

    private AgreementInputs() {
    }

    /** {@code InternshipAgreementInput}. */
    record AgreementInput(PartyInput legalRepresentative, PartyInput company, String companySiret,
                          PartyInput companySignatory, PartyInput tutor, PartyInput schoolSignatory,
                          PartyInput referent, TermsInput terms, List<List<SignatoryRole>> circuit) {

        AgreementDraft draft() {
            return new AgreementDraft(party(legalRepresentative), party(company), companySiret,
                    party(companySignatory), party(tutor), party(schoolSignatory), party(referent),
                    terms == null ? null : terms.draft(), circuit);
        }

        private static AgreementDraft.PartyDraft party(PartyInput input) {
            return input == null ? null : new AgreementDraft.PartyDraft(input.name(), text(input.email()),
                    input.function());
        }
    }

    /** {@code AgreementPartyInput}. */
    record PartyInput(String name, EmailAddress email, String function) {
    }

    /** An address as the domain's drafts take it (they check it again, as for any caller). */
    static String text(EmailAddress email) {
        return email == null ? null : email.value();
    }

    /** {@code AgreementTermsInput}. */
    record TermsInput(LocalDate start, LocalDate end, List<WeekInput> weeks, String country,
                      List<ExceptionInput> exceptions, Boolean presenceOnHolidays, String activities,
                      List<String> skillsToAcquire, Boolean nightPresence, Boolean sundayPresence,
                      GratificationInput gratification, String paymentTerms, String benefits,
                      String socialProtection, String leaveAndAbsence, String suspensionAndTermination,
                      String evaluation, List<String> workplaces, String postReference,
                      List<LocalDate> hostDaysOff) {

        AgreementDraft.TermsDraft draft() {
            return new AgreementDraft.TermsDraft(start, end,
                    weeks == null ? null : IntStream.range(0, weeks.size())
                            .mapToObj(i -> AgreementDraft.week(i, weeks.get(i).entries())).toList(), country,
                    exceptions == null ? List.of() : exceptions.stream().map(ExceptionInput::draft).toList(),
                    Boolean.TRUE.equals(presenceOnHolidays), activities, skillsToAcquire,
                    Boolean.TRUE.equals(nightPresence), Boolean.TRUE.equals(sundayPresence),
                    gratification == null ? null : new AgreementDraft.GratificationDraft(MoneyInput.toMoney(gratification.amount()),
                            "MONTHLY".equals(gratification.basis())),
                    paymentTerms, benefits, socialProtection, leaveAndAbsence, suspensionAndTermination, evaluation,
                    workplaces, postReference, hostDaysOff);
        }
    }

    /** {@code AgreementWeekInput}; a day given twice is refused by {@link AgreementDraft#week}. */
    record WeekInput(List<DayInput> days) {

        List<Map.Entry<DayOfWeek, Integer>> entries() {
            return days.stream().map(day -> Map.entry(day.day(), day.minutes())).toList();
        }
    }

    /** {@code AgreementDayInput}. */
    record DayInput(DayOfWeek day, int minutes) {
    }

    /** {@code ScheduleExceptionInput}. */
    record ExceptionInput(LocalDate date, int minutes, String kind) {

        AgreementDraft.ExceptionDraft draft() {
            return new AgreementDraft.ExceptionDraft(date, minutes, !"EXTRA_PRESENCE".equals(kind),
                    "LEAVE".equals(kind));
        }
    }

    /** {@code GratificationInput}. */
    record GratificationInput(MoneyInput amount, String basis) {
    }

    /** {@code SignatoryDelegateInput}. */
    record DelegateInput(String name, EmailAddress email, String reason) {
    }

    /** {@code FollowUpItemInput}. */
    record ItemInput(FollowUpItem.Status status, LocalDate dueOn, LocalDate doneOn,
                     String notes) {
    }
}
