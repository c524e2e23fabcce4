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
        Boolean peersInSanctionDecisions,
        EvaluationPlan evaluation,
        Reentry reentry,
        Partners partners) {

    public static final ProgramFacts EMPTY = new ProgramFacts(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    public ProgramFacts {
        pay = pay == null ? Pay.EMPTY : pay;
        supervision = supervision == null ? Supervision.EMPTY : supervision;
        graduateWaitingPeriod = graduateWaitingPeriod == null ? GraduateWaitingPeriod.EMPTY : graduateWaitingPeriod;
        fundingSources = fundingSources == null ? List.of() : List.copyOf(fundingSources);
        evaluation = evaluation == null ? EvaluationPlan.EMPTY : evaluation;
        reentry = reentry == null ? Reentry.EMPTY : reentry;
        partners = partners == null ? Partners.EMPTY : partners;
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

    /**
     * How the program will know it works: goals set before launch, a trial period, how often outcome data and the
     * partners review it, and its own measures.
     *
     * @param trialPeriodMonths length of the trial period decided before launch; 0 when there is none
     * @param measures          the program's own measures; null when not stated, empty when it has none
     */
    public record EvaluationPlan(
            Boolean goalsAndSuccessCriteria,
            Integer trialPeriodMonths,
            Frequency outcomeReview,
            Frequency partnerCheckIns,
            List<Measure> measures) {
        public static final EvaluationPlan EMPTY = new EvaluationPlan(null, null, null, null, null);

        public EvaluationPlan {
            measures = measures == null ? null : List.copyOf(measures);
        }
    }

    /**
     * One measure the program tracks.
     *
     * @param outcomeDomain an outcome domain id of checklists/evaluation-measures.yaml
     * @param measure       what is measured, in the program's words
     * @param instrument    an instrument id of checklists/evaluation-measures.yaml, or null
     */
    public record Measure(
            String outcomeDomain,
            String measure,
            String instrument,
            String dataSource,
            Frequency frequency,
            String reviewedBy,
            MeasureStatus status) {}

    /**
     * How participants in a jail or prison reach peers, and how support continues after release.
     *
     * @param accessPoints the ways participants reach peers; null when not stated
     */
    public record Reentry(List<AccessPoint> accessPoints, Boolean linkageAgreement, Boolean recoveryCapitalAssessment) {
        public static final Reentry EMPTY = new Reentry(null, null, null);

        public Reentry {
            accessPoints = accessPoints == null ? null : List.copyOf(accessPoints);
        }
    }

    /** The program's partners and how they work together. */
    public record Partners(Boolean moudProvider, Boolean conflictResolutionProcess, Boolean frontlineStaffInvolved) {
        public static final Partners EMPTY = new Partners(null, null, null);
    }
}
