package fr.passerelle.testing;

import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.port.in.AgreementDraft;
import fr.passerelle.agreement.port.in.AgreementDraft.ExceptionDraft;
import fr.passerelle.agreement.port.in.AgreementDraft.GratificationDraft;
import fr.passerelle.agreement.port.in.AgreementDraft.PartyDraft;
import fr.passerelle.agreement.port.in.AgreementDraft.TermsDraft;
import fr.passerelle.shared.model.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement drafts as the school sends them. The valid one ({@link #valid()}) is a full-time internship (35 h, 7 h
 * from Monday to Friday) of two months, from Monday 7 April to Friday 6 June 2025, paid 4,50 € an hour, at Studio
 * Rhône in Lyon, every person named with an e-mail, the default circuit. Every field can be changed, to anything
 * (null included), and {@link Builder#build()} called repeatedly.
 */
public final class AgreementDrafts {

    public static final LocalDate START = LocalDate.of(2025, 4, 7);
    public static final LocalDate END = LocalDate.of(2025, 6, 6);
    /** 4,50 € an hour. */
    public static final Money HOURLY_RATE = new Money(450, Currency.getInstance("EUR"));

    public static final PartyDraft COMPANY_SIGNATORY = new PartyDraft("Claire Dubois",
            "claire.dubois@studio-rhone.example", "Gérante");
    public static final PartyDraft TUTOR = new PartyDraft("Marc Petit", "marc.petit@studio-rhone.example",
            "Ingénieur du son");
    public static final PartyDraft SCHOOL_SIGNATORY = new PartyDraft("Nadia Benali",
            "nadia.benali@ecole-a.example", "Directrice");
    public static final PartyDraft REFERENT = new PartyDraft("Hugo Moreau", "hugo.moreau@ecole-a.example",
            "Professeur référent");
    public static final PartyDraft LEGAL_REPRESENTATIVE = new PartyDraft("Sophie Martin",
            "sophie.martin@famille.example", "Mère");
    /** A host that is not on the platform. */
    public static final PartyDraft OUTSIDE_HOST = new PartyDraft("Son & Lumière SARL", "contact@son-lumiere.example",
            null);
    public static final String OUTSIDE_HOST_SIRET = "443 061 841 00047";

    private AgreementDrafts() {
    }

    public static Builder valid() {
        return new Builder();
    }

    public static TermsBuilder terms() {
        return new TermsBuilder();
    }

    /** 7 h on each of the given days. */
    public static Map<DayOfWeek, Integer> sevenHoursOn(DayOfWeek... days) {
        return minutesOn(7 * 60, days);
    }

    public static Map<DayOfWeek, Integer> minutesOn(int minutes, DayOfWeek... days) {
        Map<DayOfWeek, Integer> week = new EnumMap<>(DayOfWeek.class);
        Arrays.stream(days).forEach(day -> week.put(day, minutes));
        return week;
    }

    /** 7 h from Monday to Friday. */
    public static Map<DayOfWeek, Integer> fullTimeWeek() {
        return sevenHoursOn(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
    }

    /** A draft; each setter replaces one field. */
    public static final class Builder {

        private PartyDraft legalRepresentative;
        private PartyDraft company;
        private String companySiret;
        private PartyDraft companySignatory = COMPANY_SIGNATORY;
        private PartyDraft tutor = TUTOR;
        private PartyDraft schoolSignatory = SCHOOL_SIGNATORY;
        private PartyDraft referent = REFERENT;
        private TermsBuilder terms = new TermsBuilder();
        private boolean noTerms;
        private List<List<SignatoryRole>> circuit;

        private Builder() {
        }

        public Builder legalRepresentative(PartyDraft value) {
            legalRepresentative = value;
            return this;
        }

        /** A host that is not on the platform, with its SIRET. */
        public Builder host(PartyDraft value, String siret) {
            company = value;
            companySiret = siret;
            return this;
        }

        public Builder companySignatory(PartyDraft value) {
            companySignatory = value;
            return this;
        }

        public Builder tutor(PartyDraft value) {
            tutor = value;
            return this;
        }

        public Builder schoolSignatory(PartyDraft value) {
            schoolSignatory = value;
            return this;
        }

        public Builder referent(PartyDraft value) {
            referent = value;
            return this;
        }

        public Builder terms(TermsBuilder value) {
            terms = value;
            noTerms = false;
            return this;
        }

        public Builder withoutTerms() {
            noTerms = true;
            return this;
        }

        /** The steps, each the roles signing together; null for the default circuit. */
        @SafeVarargs
        public final Builder circuit(List<SignatoryRole>... steps) {
            circuit = steps == null ? null : Arrays.asList(steps);
            return this;
        }

        public AgreementDraft build() {
            return new AgreementDraft(legalRepresentative, company, companySiret, companySignatory, tutor,
                    schoolSignatory, referent, noTerms ? null : terms.build(), circuit);
        }
    }

    /** The clauses; each setter replaces one. */
    public static final class TermsBuilder {

        private LocalDate start = START;
        private LocalDate end = END;
        private List<Map<DayOfWeek, Integer>> weeks = List.of(fullTimeWeek());
        private String country;
        private List<ExceptionDraft> exceptions = List.of();
        private String activities = "Prise de son en studio, préparation des sessions et mixage.";
        private List<String> skills = List.of("Câbler une régie", "Mixer une séance");
        private GratificationDraft gratification = new GratificationDraft(HOURLY_RATE, false);
        private String paymentTerms = "Virement mensuel";
        private String socialProtection = "Régime étudiant";
        private String leaveAndAbsence = "Deux jours de congé";
        private List<String> workplaces = List.of("12 rue des Arts, 69001 Lyon");
        private String postReference;
        private List<LocalDate> hostDaysOff = List.of();

        private TermsBuilder() {
        }

        public TermsBuilder dates(LocalDate newStart, LocalDate newEnd) {
            start = newStart;
            end = newEnd;
            return this;
        }

        /** The weeks of the rotation (one for a regular week); a list that may hold nulls. */
        @SafeVarargs
        public final TermsBuilder weeks(Map<DayOfWeek, Integer>... newWeeks) {
            weeks = newWeeks == null ? null : new ArrayList<>(Arrays.asList(newWeeks));
            return this;
        }

        public TermsBuilder postReference(String value) {
            postReference = value;
            return this;
        }

        public TermsBuilder hostDaysOff(LocalDate... days) {
            hostDaysOff = List.of(days);
            return this;
        }

        public TermsBuilder country(String value) {
            country = value;
            return this;
        }

        public TermsBuilder exceptions(ExceptionDraft... values) {
            exceptions = Arrays.asList(values);
            return this;
        }

        public TermsBuilder activities(String value) {
            activities = value;
            return this;
        }

        public TermsBuilder skills(List<String> values) {
            skills = values;
            return this;
        }

        /** An hourly rate. */
        public TermsBuilder hourly(Money amount) {
            return gratification(new GratificationDraft(amount, false));
        }

        public TermsBuilder gratification(GratificationDraft value) {
            gratification = value;
            return this;
        }

        public TermsBuilder paymentTerms(String value) {
            paymentTerms = value;
            return this;
        }

        public TermsBuilder workplaces(List<String> values) {
            workplaces = values;
            return this;
        }

        public TermsBuilder socialProtection(String value) {
            socialProtection = value;
            return this;
        }

        public TermsBuilder leaveAndAbsence(String value) {
            leaveAndAbsence = value;
            return this;
        }

        public TermsDraft build() {
            return new TermsDraft(start, end, weeks, country, exceptions, false, activities, skills, false, false,
                    gratification, paymentTerms, "Tickets restaurant", socialProtection, leaveAndAbsence,
                    "Selon l'article 9", "Grille d'évaluation du BTS", workplaces, postReference, hostDaysOff);
        }
    }
}
