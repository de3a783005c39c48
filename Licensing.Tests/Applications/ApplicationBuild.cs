using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Licensees;
using Licensing.Domain.Policy;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Applications;

/// <summary>Applications at each stage, made through the same domain methods the pages use.</summary>
public static class ApplicationBuild
{
    public static readonly Actor Officer = new("officer-1", "Olivia Officer");
    public static readonly Actor Manager = new("manager-1", "Maya Manager");
    public static readonly PolicyVersion Iol2018 = PolicyVersion.Create(PolicyVersion.SeedLabel, new DateOnly(2018, 4, 1), PolicyVersion.InstituteOfLicensing2018, "test", DateTime.UtcNow);
    public static readonly ApplicationOptions Options = new();
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    public static LicenceApplication New(Person person, LicenceType type = LicenceType.PrivateHireDriver, DateOnly? today = null, string reference = "APP-2026-00001") =>
        LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.New, type, (today ?? Build.Today).AddDays(-3)), person, null, reference, Officer, Now, today ?? Build.Today);

    public static RegisterSearchResult NoMatches => new("S1", [new("E07000901", "Eastbrook Borough Council (this authority)", SourceOutcome.Answered)], []);

    /// <summary>Every check a private hire driver needs, recorded as satisfactory on the given day.</summary>
    public static void RecordAllChecks(LicenceApplication app, DateOnly today)
    {
        foreach (var kind in Options.Required(app.LicenceType, app.Kind))
        {
            if (kind == CheckKind.RegisterSearch)
            {
                app.RecordRegisterCheck("Sarah Morgan, 5 July 1964", NoMatches, Officer, Now, today);
                continue;
            }
            app.RecordCheck(new CheckDetails(kind, kind == CheckKind.HmrcTaxCheck ? "ABC123DEF" : $"REF-{kind}", today, CheckOutcome.Satisfactory,
                IssuedOn: today.AddDays(-5), BarredListsChecked: true, DisclosedInformation: false, LicenceHeldSince: today.AddYears(-10), Points: 0), Officer, Now, today);
        }
    }

    public static LicenceApplication ReadyForAssessment(Person person, DateOnly today)
    {
        var app = New(person, today: today);
        app.StartChecks(Now);
        RecordAllChecks(app, today);
        app.MarkReadyForAssessment(Now);
        return app;
    }

    public static LicenceApplication Assessed(Person person, DateOnly today, Recommendation recommendation = Recommendation.Grant, Action<LicenceApplication>? before = null,
        string reference = "APP-2026-00001")
    {
        var app = New(person, today: today, reference: reference);
        app.StartChecks(Now);
        RecordAllChecks(app, today);
        before?.Invoke(app);
        app.MarkReadyForAssessment(Now);
        app.RecordAssessment("I would let my family travel with this driver.", recommendation, null,
            recommendation == Recommendation.Grant && app.Suitability(Iol2018, today).PresumesRefusal ? "Long ago and fully explained" : null,
            app.Suitability(Iol2018, today), Officer, Now);
        return app;
    }
}
