using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Licensees;
using Licensing.Tests.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Concerns;

public class ConcernTests : IDisposable
{
    private static readonly DateOnly Today = ReviewScenario.Today; // a Monday
    private readonly TestDatabase database = new();

    [Fact]
    public void A_safeguarding_concern_is_due_for_triage_the_same_working_day_and_flagged_until_triaged()
    {
        var concern = ReviewScenario.NewConcern(ConcernCategory.Safeguarding, registration: "KX19 ABC");
        Assert.Equal(Today, concern.TriageDueOn);
        Assert.True(concern.NeedsManagerAttention(Today));
        concern.TriageAs(TriageOutcome.IntelligenceOnly, null, "Olivia Officer", DateTime.UtcNow);
        Assert.False(concern.NeedsManagerAttention(Today));
    }

    [Fact]
    public void Other_concerns_are_due_within_five_working_days_and_flagged_only_when_late()
    {
        var concern = ReviewScenario.NewConcern(ConcernCategory.Fares, registration: "KX19 ABC");
        Assert.Equal(Today.AddDays(5 + 2), concern.TriageDueOn); // a weekend in between
        Assert.False(concern.NeedsManagerAttention(Today));
        Assert.True(concern.NeedsManagerAttention(Today.AddDays(8)));
    }

    [Fact]
    public void A_safeguarding_concern_received_on_a_saturday_is_due_on_monday()
    {
        Assert.Equal(new DateOnly(2026, 6, 15), Licensing.Domain.Notices.BusinessCalendar.WeekdaysOnly.OnOrAfter(new DateOnly(2026, 6, 13)));
    }

    [Fact]
    public void A_concern_that_names_nobody_and_gives_no_identifier_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Concern.Record(new ConcernDraft(ConcernSource.Public, ConcernCategory.Other, Grading.Untested, "Rude driver", Today, []),
            "CN-1", "Olivia Officer", Today, DateTime.UtcNow));
        Assert.Equal("Identifiers", error.Field);
    }

    [Fact]
    public void No_further_action_needs_reasons_and_opening_a_review_needs_a_linked_licensee()
    {
        var concern = ReviewScenario.NewConcern(registration: "KX19 ABC");
        Assert.Equal("TriageReasons", Assert.Throws<DomainRuleException>(() => concern.TriageAs(TriageOutcome.NoFurtherAction, "", "x", DateTime.UtcNow)).Field);
        Assert.Contains("Link the concern", Assert.Throws<DomainRuleException>(() => concern.TriageAs(TriageOutcome.OpenReview, null, "x", DateTime.UtcNow)).Message);
        concern.TriageAs(TriageOutcome.NoFurtherAction, "Identified as a different vehicle", "x", DateTime.UtcNow);
        Assert.Throws<DomainRuleException>(() => concern.TriageAs(TriageOutcome.IntelligenceOnly, null, "x", DateTime.UtcNow));
    }

    [Fact]
    public void A_referral_to_childrens_services_is_recorded_with_its_date_and_reference()
    {
        var concern = ReviewScenario.NewConcern(registration: "KX19 ABC");
        concern.RecordReferral(ReferralAgency.ChildrensServices, Today, "MASH-2026-551", Today);
        Assert.Equal("MASH-2026-551", Assert.Single(concern.Referrals).Reference);
        Assert.Throws<DomainRuleException>(() => concern.RecordReferral(ReferralAgency.Police, Today.AddDays(1), null, Today));
    }

    [Fact]
    public void Identifiers_are_normalised_so_any_spelling_finds_them()
    {
        Assert.Equal("KX19ABC", ConcernIdentifier.Create(IdentifierKind.VehicleRegistration, " kx19 abc ").SearchValue);
        Assert.Equal("07700900123", ConcernIdentifier.Create(IdentifierKind.Phone, "+44 7700 900123").SearchValue);
        Assert.Throws<DomainRuleException>(() => ConcernIdentifier.Create(IdentifierKind.VehicleRegistration, "not a reg at all"));
    }

    private async Task<(Person Person, VehicleLicence Vehicle, Concern Unlinked)> SeedAsync()
    {
        var person = Build.Person();
        var driver = Build.DriverLicence(person, badge: "1234");
        var vehicle = VehicleLicence.Grant(Build.Grant(person, LicenceType.PrivateHireVehicle), person.Id, LicenceType.PrivateHireVehicle, "PH0001",
            new VehicleDetails("KX19 ABC", "Toyota", "Prius", "Silver"), Today.AddMonths(-2), Today.AddMonths(10));
        var unlinked = ReviewScenario.NewConcern(registration: "kx19abc");
        var other = ReviewScenario.NewConcern(ConcernCategory.Fares, registration: "ZZ99 ZZZ", reference: "CN-2026-0002");
        await using var db = database.NewContext();
        db.People.Add(person);
        db.Licences.AddRange(driver, vehicle);
        db.Concerns.AddRange(unlinked, other);
        await db.SaveChangesAsync();
        return (person, vehicle, unlinked);
    }

    [Fact]
    public async Task An_unlinked_concern_by_vehicle_registration_is_suggested_on_the_licensees_record_and_vice_versa()
    {
        var (person, vehicle, unlinked) = await SeedAsync();
        await using var db = database.NewContext();

        var forPerson = Assert.Single(await MosaicSuggestions.ForPersonAsync(db, person.Id));
        Assert.Equal(unlinked.Id, forPerson.ConcernId);
        Assert.Equal(IdentifierKind.VehicleRegistration, forPerson.Kind);
        Assert.Contains("KX19 ABC", forPerson.MatchedOn);

        var forConcern = Assert.Single(await MosaicSuggestions.ForConcernAsync(db, unlinked.Id));
        Assert.Equal(person.Id, forConcern.PersonId);
        Assert.Equal(vehicle.Id, forConcern.LicenceId);
    }

    [Fact]
    public async Task Linking_is_an_audited_step_and_removes_the_suggestion()
    {
        var (person, _, unlinked) = await SeedAsync();
        await using (var db = database.NewContext())
        {
            var concern = await db.Concerns.SingleAsync(c => c.Id == unlinked.Id);
            concern.LinkTo(await db.People.SingleAsync(), null, "Registration KX19 ABC is his licensed vehicle", "Test Officer", db.UtcNow);
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        Assert.Empty(await MosaicSuggestions.ForPersonAsync(read, person.Id));
        var audit = await read.AuditEntries.Where(a => a.EntityType == nameof(Concern) && a.EntityId == unlinked.Id.ToString() && a.Action == "Updated").SingleAsync();
        Assert.Contains("PersonId", audit.Changes);
        Assert.Equal(person.Id, audit.PersonId);
    }

    [Fact]
    public async Task Concerns_are_found_by_registration_phone_or_place_however_they_are_typed()
    {
        var (_, _, unlinked) = await SeedAsync();
        await using var db = database.NewContext();
        Assert.Equal(unlinked.Id, (await ConcernSearch.ByIdentifier(db, "Kx19 aBc").SingleAsync()).Id);
        Assert.Contains(unlinked.Id, await ConcernSearch.ByIdentifier(db, "market street").Select(c => c.Id).ToListAsync());
        Assert.Empty(await ConcernSearch.ByIdentifier(db, "AB12 CDE").ToListAsync());
    }

    [Fact]
    public async Task The_trail_of_concern_lists_earlier_concerns_and_decisions_in_date_order()
    {
        var s = new ReviewScenario().WithRecommendation();
        await using var db = database.NewContext();
        s.AddTo(db);
        await db.SaveChangesAsync();
        var trail = await TrailOfConcern.ForPersonAsync(db, s.Person.Id);
        Assert.Equal(["Concern", "Review"], trail.Select(e => e.Kind));
        Assert.Contains("graded 1BP", trail[0].What);
    }

    [Fact]
    public async Task Attachments_are_hashed_size_limited_and_typed()
    {
        var store = new AttachmentStore(Path.Combine(TestFolders.Root, "store-" + Guid.NewGuid().ToString("N")));
        var saved = await store.SaveAsync(new MemoryStream("hello"u8.ToArray()), "../../statement.txt", "text/plain", "Olivia Officer", DateTime.UtcNow);
        Assert.Equal("statement.txt", saved.FileName);
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", saved.Sha256);
        Assert.Equal(5, saved.Size);
        Assert.Throws<DomainRuleException>(() => store.SaveAsync(new MemoryStream([1]), "run.exe", "application/x", "x", DateTime.UtcNow).GetAwaiter().GetResult());
        Assert.Throws<DomainRuleException>(() => store.SaveAsync(new MemoryStream(new byte[AttachmentStore.MaxBytes + 1]), "big.pdf", "application/pdf", "x", DateTime.UtcNow).GetAwaiter().GetResult());
    }

    private static Concern Reported(ConcernSource source, DateOnly? occurredOn) =>
        Concern.Record(new ConcernDraft(source, ConcernCategory.Violence, Grading.Untested, "Arrested after a fight outside a pub", Today, [(IdentifierKind.PlateOrBadge, "1001")],
            OccurredOn: occurredOn), "CN-2026-0009", "Olivia Officer", Today, DateTime.UtcNow);

    [Fact]
    public void A_licensees_own_report_more_than_two_days_after_the_arrest_is_flagged_late_and_on_time_is_not()
    {
        Assert.Equal("reported by the licensee 9 days after it happened, later than the 48 hours the Statutory Standards ask for",
            Reported(ConcernSource.SelfReport, Today.AddDays(-9)).LateSelfReport);
        Assert.Null(Reported(ConcernSource.SelfReport, Today.AddDays(-2)).LateSelfReport); // dates only: within 48 hours may still be true
        Assert.Null(Reported(ConcernSource.SelfReport, null).LateSelfReport);
        Assert.Null(Reported(ConcernSource.Police, Today.AddDays(-9)).LateSelfReport); // the police's timing says nothing of the licensee's
    }

    [Fact]
    public async Task The_chronology_says_when_a_licensees_own_report_came_late()
    {
        var s = new ReviewScenario();
        var late = Concern.Record(new ConcernDraft(ConcernSource.SelfReport, ConcernCategory.Violence, Grading.Untested, "Told us of his arrest", Today, [],
            OccurredOn: Today.AddDays(-6), PersonId: s.Person.Id), "CN-2026-0010", "Olivia Officer", Today, DateTime.UtcNow);
        await using (var db = database.NewContext())
        {
            s.AddTo(db);
            db.Concerns.Add(late);
            await db.SaveChangesAsync();
        }

        await using var read = database.NewContext();
        var entry = (await TrailOfConcern.ForPersonAsync(read, s.Person.Id)).Single(e => e.ConcernId == late.Id);
        Assert.EndsWith("(reported by the licensee 6 days after it happened, later than the 48 hours the Statutory Standards ask for)", entry.What);
    }

    [Fact]
    public async Task Grading_afresh_needs_reasons_and_a_different_grade_and_keeps_the_old_and_new_grades()
    {
        var concern = ReviewScenario.NewConcern(ConcernCategory.Other, registration: "KX19 ABC");
        var before = concern.Grading;
        var to = before with { Handling = HandlingCode.ConditionsApply };
        Assert.Equal("RegradeReasons", Assert.Throws<DomainRuleException>(() => concern.Regrade(to, " ", "Olivia Officer", DateTime.UtcNow)).Field);
        Assert.Equal("RegradeGradingSource", Assert.Throws<DomainRuleException>(() => concern.Regrade(before, "No change", "Olivia Officer", DateTime.UtcNow)).Field);
        Assert.Equal(before, concern.Grading);
        Assert.Empty(concern.Regradings);

        concern.Regrade(to, " The police now ask that it go no further ", "Olivia Officer", DateTime.UtcNow);

        await using (var db = database.NewContext())
        {
            db.Concerns.Add(concern);
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var saved = await read.Concerns.Include(c => c.Regradings).SingleAsync();
        Assert.True(RestrictedIntelligence.IsRestricted(saved.Grading));
        var regrading = Assert.Single(saved.Regradings);
        Assert.Equal((before.Code, "1BC", "The police now ask that it go no further", "Olivia Officer"), (regrading.FromCode, regrading.ToCode, regrading.Reasons, regrading.RegradedBy));
    }

    public void Dispose() => database.Dispose();
}
