using Licensing.Domain.Admin;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Register;

public class RegisterEntryTests
{
    private static readonly AuthorityOptions Authority = new() { Name = "Eastbrook Borough Council", Code = "E07000901" };

    [Theory]
    [InlineData(DecisionKind.Revocation, RegisterDecision.Revocation)]
    [InlineData(DecisionKind.Suspension, RegisterDecision.Suspension)]
    [InlineData(DecisionKind.RefusalToRenew, RegisterDecision.Refusal)]
    public async Task Every_adverse_decision_puts_an_entry_on_the_register_in_the_same_save(DecisionKind kind, RegisterDecision expected)
    {
        using var database = new TestDatabase();
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        await using (var db = database.NewContext())
        {
            db.People.Add(person);
            db.Licences.Add(licence);
            var decision = Build.Adverse(licence, person, kind);
            DecisionConsequences.Follow(db, decision, person, Authority);
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var entry = await read.RegisterEntries.SingleAsync();
        Assert.Equal(expected, entry.Decision);
        Assert.Equal(("Morgan", "Sarah Mary", new DateOnly(1964, 7, 5), "MORGA657054SM9IJ"), (entry.Surname, entry.Forenames, entry.DateOfBirth, entry.DrivingLicenceNumber));
        Assert.Equal(("E07000901", GroundsCategory.Safeguarding, person.Id), (entry.AuthorityCode, entry.Grounds, entry.PersonId));
        Assert.StartsWith("E07000901-2026-", entry.Reference);
        Assert.Single(await RegisterLookup.FindAsync(read, new RegisterIdentity("Morgan", "Sarah", [], new DateOnly(1964, 7, 5), null)));
    }

    [Fact]
    public async Task A_grant_does_not_go_on_the_register()
    {
        using var database = new TestDatabase();
        var person = Build.Person();
        await using var db = database.NewContext();
        db.People.Add(person);
        DecisionConsequences.Follow(db, Build.Grant(person), person, Authority);
        await db.SaveChangesAsync();
        Assert.False(await db.RegisterEntries.AnyAsync());
    }

    [Fact]
    public async Task Taking_effect_and_an_appeal_update_the_entry_without_removing_it()
    {
        using var database = new TestDatabase();
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        var decision = Build.Adverse(licence, person, DecisionKind.Revocation);
        await using (var db = database.NewContext())
        {
            db.People.Add(person);
            db.Licences.Add(licence);
            DecisionConsequences.Follow(db, decision, person, Authority);
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            var d = await db.Decisions.SingleAsync(x => x.Id == decision.Id);
            d.NoticeServed(Build.Today);
            d.MarkTakenEffect(Build.Today.AddDays(21));
            await RegisterDecisions.DecisionTookEffectAsync(db, d);
            await RegisterDecisions.AppealDecidedAsync(db, d, "Appeal allowed by the magistrates' court", Build.Today.AddDays(60));
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var entry = await read.RegisterEntries.SingleAsync();
        Assert.Equal(Build.Today.AddDays(21), entry.EffectiveDate);
        Assert.Equal("Appeal allowed by the magistrates' court", entry.AppealOutcome);
    }

    [Fact]
    public async Task Entries_past_the_retention_period_are_flagged_for_review_never_deleted()
    {
        using var database = new TestDatabase();
        await using var db = database.NewContext();
        db.RegisterEntries.Add(RegisterEntry.Import(Details("OLD-1", new DateOnly(2014, 1, 1)), db.UtcNow));
        db.RegisterEntries.Add(RegisterEntry.Import(Details("NEW-1", new DateOnly(2020, 1, 1)), db.UtcNow));
        await db.SaveChangesAsync();

        Assert.Equal(1, await RegisterRetention.FlagDueAsync(db, 11));
        Assert.Equal(0, await RegisterRetention.FlagDueAsync(db, 11));
        await using var read = database.NewContext();
        Assert.Equal(2, await read.RegisterEntries.CountAsync());
        Assert.Equal(["OLD-1"], await read.RegisterEntries.Where(e => e.RetentionReviewDueSince != null).Select(e => e.Reference).ToListAsync());
    }

    internal static RegisterEntryDetails Details(string reference, DateOnly decided, string surname = "Turner", string forenames = "Rashid") =>
        new(reference, "E06999005", "Cyngor Bro Aberwen", surname, forenames, [], new DateOnly(1982, 4, 21), null, null, null,
            LicenceType.PrivateHireDriver, RegisterDecision.Refusal, decided, GroundsCategory.SexualMisconduct);
}
