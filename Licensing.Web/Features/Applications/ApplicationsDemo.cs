using Licensing.Domain.Admin;
using Licensing.Domain.Applications;
using Licensing.Domain.Audit;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Policy;
using Licensing.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Licensing.Web.Features.Applications;

/// <summary>Development demo: an application at every status, one with a conviction in a "never" category.</summary>
public static class ApplicationsDemo
{
    public static async Task SeedAsync(IServiceProvider services, LicensingDbContext db)
    {
        if (await db.Applications.AnyAsync()) return;
        var authority = services.GetRequiredService<IOptions<AuthorityOptions>>().Value;
        var options = services.GetRequiredService<IOptions<ApplicationOptions>>().Value;
        var officer = await ActorAsync(db, "officer@demo.example");
        var officer2 = await ActorAsync(db, "officer2@demo.example");
        var manager = await ActorAsync(db, "manager@demo.example");
        var policy = await db.CurrentPolicyAsync();
        var today = db.Today;
        var now = db.UtcNow;
        var faker = new Bogus.Faker("en_GB");
        var number = 0;

        LicenceApplication Start(Actor by, string forenames, string surname, DateOnly dob, bool female, LicenceType type = LicenceType.PrivateHireDriver, int receivedDaysAgo = 20)
        {
            var person = Person.Create(new PersonDetails(forenames, surname, [], dob, DemoData.MakeLicenceNumber(surname, forenames, dob, female, faker), null,
                new Address($"{faker.Random.Int(1, 200)} {faker.Address.StreetName()}", null, "Eastbrook", "EB4 2QT"), "07700 900456", null, null), today);
            db.People.Add(person);
            var app = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.New, type, today.AddDays(-receivedDaysAgo)), person, null,
                $"APP-{today.Year}-{++number:D5}", by, now, today);
            db.Applications.Add(app);
            return app;
        }

        void Checks(LicenceApplication app, Actor by, int issuedDaysAgo = 10, bool register = true)
        {
            app.StartChecks(now);
            foreach (var kind in options.Required(app.LicenceType, app.Kind))
            {
                if (kind == CheckKind.RegisterSearch)
                {
                    if (register) app.RecordRegisterCheck("demo applicant", new RegisterSearchResult("demo", [new(authority.Code, $"{authority.Name} (this authority)", SourceOutcome.Answered)], []), by, now, today);
                    continue;
                }
                app.RecordCheck(new CheckDetails(kind, kind == CheckKind.HmrcTaxCheck ? "TXC4K9P2M" : $"{kind.ToString()[..3].ToUpperInvariant()}-{faker.Random.Replace("######")}",
                    today.AddDays(-issuedDaysAgo + 2), CheckOutcome.Satisfactory, IssuedOn: today.AddDays(-issuedDaysAgo), BarredListsChecked: true, DisclosedInformation: false,
                    LicenceHeldSince: today.AddYears(-8), Points: 0), by, now, today);
            }
        }

        void Assess(LicenceApplication app, Actor by, Recommendation r, string text) =>
            app.RecordAssessment(text, r, null, null, app.Suitability(policy, today), by, now);

        Start(officer, "Daniel", "Price", new DateOnly(1988, 2, 14), false, receivedDaysAgo: 2);

        var inChecks = Start(officer, "Aisha", "Khan", new DateOnly(1991, 9, 3), true, LicenceType.HackneyCarriageDriver, 12);
        inChecks.StartChecks(now);
        inChecks.RecordCheck(new CheckDetails(CheckKind.EnhancedDbs, "001765432198", today.AddDays(-5), CheckOutcome.Satisfactory, today.AddDays(-170), BarredListsChecked: true, DisclosedInformation: false), officer, now, today);
        inChecks.RecordCheck(new CheckDetails(CheckKind.DvlaLicence, "DVLA-7Y2K", today.AddDays(-5), CheckOutcome.Satisfactory, LicenceHeldSince: new DateOnly(2010, 5, 1), Points: 3, Endorsements: "SP30 (2024)"), officer, now, today);

        var ready = Start(officer2, "Tomasz", "Nowak", new DateOnly(1983, 12, 21), false, receivedDaysAgo: 25);
        Checks(ready, officer2);
        ready.MarkReadyForAssessment(now);

        var waiting = Start(officer, "Grace", "Okafor", new DateOnly(1979, 4, 30), true, receivedDaysAgo: 30);
        Checks(waiting, officer);
        waiting.RecordOffence(new OffenceDetails(OffenceKind.Endorsement, "Speeding (SP30), 3 points", "minor-traffic", today.AddYears(-6), today.AddYears(-6).AddDays(30), Points: 3, Source: "DVLA check"), policy, officer, now, today);
        waiting.MarkReadyForAssessment(now);
        Assess(waiting, officer, Recommendation.Grant, "Clean DBS, long driving history, one old speeding endorsement outside the policy period. Yes: I would let someone I care for travel alone with her.");

        var never = Start(officer, "Keith", "Barlow", new DateOnly(1970, 1, 8), false, receivedDaysAgo: 35);
        Checks(never, officer);
        never.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Sexual assault (Sexual Offences Act 2003 s.3)", "sexual-indecency", new DateOnly(2009, 6, 2), new DateOnly(2010, 1, 15),
            "Eastbrook Crown Court", "18 months' imprisonment; sex offenders register 7 years", new DateOnly(2011, 7, 15), Source: "Enhanced DBS certificate"), policy, officer, now, today);
        never.MarkReadyForAssessment(now);
        Assess(never, officer, Recommendation.Refuse, "The conviction falls in a category the policy says never to license. Nothing the applicant said outweighs it. No: I would not.");

        var granted = Start(officer2, "Ellen", "Shaw", new DateOnly(1990, 10, 10), true, receivedDaysAgo: 40);
        Checks(granted, officer2);
        granted.MarkReadyForAssessment(now);
        Assess(granted, officer2, Recommendation.Grant, "All checks clear. Fit and proper.");
        var (licenceNumber, badge) = await ApplicationDecisions.SuggestNumbersAsync(db, LicenceType.PrivateHireDriver);
        await ApplicationDecisions.DecideAsync(db, granted, new ApplicationDecisionDraft(DecisionOutcome.Grant, "Fit and proper on the evidence; all statutory checks in order.",
            LicenceNumber: licenceNumber, BadgeNumber: badge), manager, DecisionMaker.AuthorisedOfficer, options, authority);

        var refused = Start(officer2, "Martin", "Cole", new DateOnly(1966, 3, 3), false, receivedDaysAgo: 45);
        Checks(refused, officer2);
        refused.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Arranging or facilitating child sexual exploitation", "exploitation", new DateOnly(2004, 1, 1), new DateOnly(2005, 2, 1),
            "Eastbrook Crown Court", "6 years' imprisonment", new DateOnly(2008, 2, 1), Source: "Enhanced DBS certificate"), policy, officer2, now, today);
        refused.MarkReadyForAssessment(now);
        Assess(refused, officer2, Recommendation.Refuse, "Conviction for child sexual exploitation: never eligible under the policy.");
        await ApplicationDecisions.DecideAsync(db, refused, new ApplicationDecisionDraft(DecisionOutcome.Refuse, "Convicted of arranging child sexual exploitation (2005). The authority's policy is never to license such an applicant, and there is nothing exceptional.",
            GroundsCategory.Safeguarding), manager, DecisionMaker.AuthorisedOfficer, options, authority);

        var referred = Start(officer, "Lee", "Dunn", new DateOnly(1985, 7, 19), false, receivedDaysAgo: 50);
        Checks(referred, officer);
        referred.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Theft from a shop", "dishonesty", new DateOnly(2012, 3, 1), new DateOnly(2012, 4, 1), Sentence: "Fine £200"), policy, officer, now, today);
        referred.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Common assault", "violence", new DateOnly(2013, 8, 1), new DateOnly(2013, 9, 1), Sentence: "Community order 12 months", SentenceEndsOn: new DateOnly(2014, 9, 1)), policy, officer, now, today);
        referred.MarkReadyForAssessment(now);
        Assess(referred, officer, Recommendation.ReferToSubCommittee, "Each period has passed, but there are several offences: members should hear the applicant.");
        await ApplicationDecisions.DecideAsync(db, referred, new ApplicationDecisionDraft(DecisionOutcome.ReferToSubCommittee, "Several offences; finely balanced; members should hear from the applicant."),
            manager, DecisionMaker.AuthorisedOfficer, options, authority);

        Start(officer2, "Nadia", "Rahman", new DateOnly(1995, 5, 5), true, receivedDaysAgo: 15).Withdraw("Applicant emailed to withdraw: moving away", now);

        var vehicleOwner = await db.People.OrderBy(p => p.SearchSurname).Skip(10).FirstAsync();
        var vehicle = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.New, LicenceType.PrivateHireVehicle, today.AddDays(-6), Vehicle: new VehicleDetails("YE24 KTX", "Toyota", "Corolla", "White")),
            vehicleOwner, null, $"APP-{today.Year}-{++number:D5}", officer, now, today);
        db.Applications.Add(vehicle);
        vehicle.StartChecks(now);
        vehicle.RecordCheck(new CheckDetails(CheckKind.VehicleComplianceTest, "CT-44812", today.AddDays(-3), CheckOutcome.Satisfactory, today.AddDays(-4)), officer, now, today);

        var renewalLicence = await db.DriverLicences.Where(l => l.Type == LicenceType.PrivateHireDriver && l.Status == LicenceStatus.Granted).OrderBy(l => l.ExpiresOn).Skip(3).FirstAsync();
        var renewalHolder = await db.People.SingleAsync(p => p.Id == renewalLicence.HolderId);
        var renewal = LicenceApplication.Receive(new ApplicationDraft(ApplicationKind.Renewal, LicenceType.PrivateHireDriver, today.AddDays(-8), renewalLicence.Id),
            renewalHolder, renewalLicence, $"APP-{today.Year}-{++number:D5}", officer, now, today);
        db.Applications.Add(renewal);
        renewal.StartChecks(now);
        renewal.RecordCheck(new CheckDetails(CheckKind.HmrcTaxCheck, "TXC 8H3 J2L", today.AddDays(-7), CheckOutcome.Satisfactory, today.AddDays(-7)), officer, now, today);

        await db.SaveChangesAsync();
    }

    private static async Task<Actor> ActorAsync(LicensingDbContext db, string email)
    {
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return new Actor(user.Id, user.DisplayName);
    }
}
