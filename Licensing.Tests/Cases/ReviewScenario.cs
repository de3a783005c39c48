using Licensing.Domain.Cases;
using Licensing.Domain.Concerns;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Cases;

/// <summary>A licensee, their licence, a concern and a review, moved to the stage a test needs through the domain's own steps.</summary>
public sealed class ReviewScenario
{
    public const string OfficerId = "officer-1";
    public const string ManagerId = "manager-1";
    public static readonly DateOnly Today = Build.Today;

    public Person Person { get; }
    public DriverLicence Licence { get; }
    public Concern Concern { get; }
    public ReviewCase Case { get; }
    public EvidenceItem? Evidence { get; private set; }

    public ReviewScenario(ConcernCategory category = ConcernCategory.Safeguarding, string? licenceConditions = null)
        : this(Build.Person(), null, "RC-2026-0001", "CN-2026-0001", category, licenceConditions) { }

    /// <summary>For a database that already holds other records (the demo data): numbers and references that do not clash with them.</summary>
    public ReviewScenario(Person person, string? licenceNumber, string caseReference, string concernReference, ConcernCategory category = ConcernCategory.Safeguarding,
        string? licenceConditions = null)
    {
        Person = person;
        Licence = licenceNumber is null ? Build.DriverLicence(Person, conditions: licenceConditions) : Build.DriverLicence(Person, licenceNumber, licenceNumber, licenceConditions);
        Concern = NewConcern(category, Person.Id, reference: concernReference);
        Case = ReviewCase.Open(caseReference, Person, Licence, [Concern], OfficerId, "Olivia Officer", Today, DateTime.UtcNow);
    }

    /// <summary>Adds the licensee, the licence, the concern and the case to <paramref name="db"/>, for the caller to save.</summary>
    public void AddTo(LicensingDbContext db)
    {
        db.People.Add(Person);
        db.Licences.Add(Licence);
        db.Concerns.Add(Concern);
        db.ReviewCases.Add(Case);
    }

    public static Concern NewConcern(ConcernCategory category = ConcernCategory.Safeguarding, Guid? personId = null, string? registration = null, string reference = "CN-2026-0001") =>
        Concern.Record(new ConcernDraft(ConcernSource.Police, category, new Grading(SourceGrade.Reliable, InformationGrade.KnownIndirectlyCorroborated, HandlingCode.LawfulSharingPermitted),
            "Seen collecting two girls of about 14 from the takeaway after midnight, several times", Today,
            registration is null ? [] : [(IdentifierKind.VehicleRegistration, registration)], "PC 1234", Today.AddDays(-3), "Market Street", personId),
            reference, "Olivia Officer", Today, DateTime.UtcNow);

    public ReviewScenario WithAllegation()
    {
        Case.FrameAllegation("Carried unaccompanied children late at night without a booking record", [Concern.Id]);
        Evidence = Case.AddEvidence(EvidenceKind.PoliceInformation, "Police disclosure of three sightings", "Eastbrook Police", Concern.Grading, Today, "Olivia Officer", Today);
        return this;
    }

    public ReviewScenario WithRepresentations()
    {
        WithAllegation();
        Case.InviteRepresentations(Today, null, Today);
        Case.RecordRepresentations(Today, "Denies it; says they were his nieces", Today);
        return this;
    }

    public ReviewScenario WithFindings(bool proven = true)
    {
        WithRepresentations();
        Case.RecordFinding(Case.Allegations[0].Id, proven, "Three graded police sightings outweigh an uncorroborated denial", proven ? [Evidence!.Id] : [], "Olivia Officer", Today, invitationServedOn: null);
        return this;
    }

    public static readonly SuspensionPeriod ThreeMonths = new(3, SuspensionUnit.Months);

    public ReviewScenario WithRecommendation(CaseOutcome outcome = CaseOutcome.Revocation, bool immediate = false)
    {
        WithFindings();
        Case.Recommend(new CaseRecommendation("Not fit and proper", outcome, "Risk to children", outcome == CaseOutcome.Suspension ? ThreeMonths : null,
            immediate, immediate ? "Continued risk of exploitation of children while he drives" : null), "Olivia Officer", Today);
        return this;
    }

    public Decision? DecideAsManager(CaseOutcome outcome = CaseOutcome.Revocation, bool immediate = false, string userId = ManagerId) =>
        Case.Decide(new CaseDecisionInput(outcome, "Proven conduct shows he is not fit and proper", outcome == CaseOutcome.Suspension ? ThreeMonths : null,
            immediate, immediate ? "Continued risk of exploitation of children while he drives" : null), Licence, DecisionMaker.AuthorisedOfficer, userId, "Maya Manager", Today, DateTime.UtcNow);
}
