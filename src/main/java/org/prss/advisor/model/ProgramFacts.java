package org.prss.advisor.model;

import java.util.List;

/** The numbers, enums and lists the rules compute with. A null field is unknown. */
public record ProgramFacts(
        Integer averageDailyPopulation,
        Integer expectedParticipants,
        Boolean mentalHealthProgram,
        Integer peerPositions,
        Double hoursPerWeek,
        Double fte,
        Integer caseloadPerPeer,
        EmploymentModel employmentModel,
        Pay pay,
        Supervision supervision,
        Frequency peerNetworkAccess,
        Boolean certificationRequired,
        Double yearsInRecoveryRequired,
        Boolean graduatesHiredAsPeers,
        GraduateWaitingPeriod graduateWaitingPeriod,
        Boolean medicaidBillingPlanned,
        Boolean servesCoOccurringPopulation,
        MedicaidBillingProvider medicaidBillingProvider,
        Boolean medicaidWithinBundledService,
        List<String> fundingSources,
        Boolean writtenRoleDescription,
        Boolean settingSpecificJobDescription,
        Boolean participationVoluntary,
        Boolean peersAttendStaffing,
        Boolean peersInSanctionDecisions) {

    public static final ProgramFacts EMPTY = new ProgramFacts(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null);

    public ProgramFacts {
        pay = pay == null ? Pay.EMPTY : pay;
        supervision = supervision == null ? Supervision.EMPTY : supervision;
        graduateWaitingPeriod = graduateWaitingPeriod == null ? GraduateWaitingPeriod.EMPTY : graduateWaitingPeriod;
        fundingSources = fundingSources == null ? List.of() : List.copyOf(fundingSources);
    }

    /** Pay for peer positions. */
    public record Pay(Double hourlyRate, Boolean benefits, Boolean fullTime) {
        public static final Pay EMPTY = new Pay(null, null, null);
    }

    /** Who provides each supervision function, how often, and with what preparation. */
    public record Supervision(
            SupervisionProvider administrative,
            SupervisionProvider educational,
            SupervisionProvider supportive,
            Frequency frequency,
            Boolean supervisorTrainedInPeerSupport,
            Boolean supervisorQualifiedMentalHealthProfessional) {
        public static final Supervision EMPTY = new Supervision(null, null, null, null, null, null);

        /**
         * Who provides each function, in words, for rationales: "administrative AGENCY_STAFF, educational not stated,
         * ...".
         */
        public String describeProviders() {
            return "administrative " + named(administrative) + ", educational " + named(educational) + ", supportive "
                    + named(supportive);
        }

        private static String named(SupervisionProvider provider) {
            return provider == null ? "not stated" : provider.name();
        }
    }

    /** How long program graduates wait before they may serve as peers. */
    public record GraduateWaitingPeriod(Double yearsSustainedRecovery, Double yearsSinceProgramExit) {
        public static final GraduateWaitingPeriod EMPTY = new GraduateWaitingPeriod(null, null);
    }
}
