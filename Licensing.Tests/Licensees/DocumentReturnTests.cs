using Licensing.Domain.Common;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Licensees;

/// <summary>The badge, plates and licence a suspension or revocation demanded back: owed until their return, or why not, is recorded.</summary>
public class DocumentReturnTests : IDisposable
{
    private static readonly DateOnly Today = Build.Today;
    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    private Task<(Guid LicenceId, Guid DecisionId)> OutOfForceAsync(DecisionKind kind) => OutOfForceAsync(database, kind);

    /// <summary>A driver's licence taken out of force today by a decision of <paramref name="kind"/>.</summary>
    internal static async Task<(Guid LicenceId, Guid DecisionId)> OutOfForceAsync(TestDatabase database, DecisionKind kind)
    {
        await using var db = database.NewContext();
        var person = Build.Person();
        var licence = Build.DriverLicence(person);
        var decision = Build.Adverse(licence, person, kind);
        if (kind == DecisionKind.Revocation) licence.Revoke(decision, Today);
        else licence.Suspend(decision, Today);
        db.AddRange(person, licence, decision);
        await db.SaveChangesAsync();
        return (licence.Id, decision.Id);
    }

    private async Task RecordAsync(Guid licenceId, DateOnly? on, string? note = null)
    {
        await using var db = database.NewContext();
        await DocumentReturn.RecordAsync(db, licenceId, on, note, "Olivia Officer");
        await db.SaveChangesAsync();
    }

    private async Task<List<Guid>> OutstandingAsync()
    {
        await using var db = database.NewContext();
        return await DocumentReturn.Outstanding(db).Select(l => l.Id).ToListAsync();
    }

    [Fact]
    public async Task A_revoked_licence_owes_its_badge_until_the_return_is_recorded_and_only_once()
    {
        var (licenceId, decisionId) = await OutOfForceAsync(DecisionKind.Revocation);
        Assert.Equal([licenceId], await OutstandingAsync());

        await RecordAsync(licenceId, Today);

        Assert.Empty(await OutstandingAsync());
        await using var read = database.NewContext();
        var recorded = await read.DocumentReturns.SingleAsync();
        Assert.Equal((decisionId, true, (DateOnly?)Today, "Olivia Officer"), (recorded.DecisionId, recorded.Returned, recorded.ReturnedOn, recorded.RecordedBy));
        Assert.Equal("badge 1001 and licence", DocumentReturn.Owed(await read.Licences.SingleAsync()));
        await Assert.ThrowsAsync<DomainRuleException>(() => RecordAsync(licenceId, Today));
        Assert.Equal(1, await read.DocumentReturns.CountAsync());
    }

    [Fact]
    public async Task A_return_needs_a_date_or_a_reason_and_a_date_not_in_the_future()
    {
        var (licenceId, _) = await OutOfForceAsync(DecisionKind.Suspension);

        var neither = await Assert.ThrowsAsync<DomainRuleException>(() => RecordAsync(licenceId, null, "  "));
        Assert.Equal("ReturnedOn", neither.Field);
        Assert.Contains("badge 1001 and licence", neither.Message);
        var future = await Assert.ThrowsAsync<DomainRuleException>(() => RecordAsync(licenceId, Today.AddDays(1)));
        Assert.Equal("ReturnedOn", future.Field);
        Assert.Equal([licenceId], await OutstandingAsync());

        await RecordAsync(licenceId, null, "Says the badge was stolen; crime reference given, and neighbouring councils told.");

        Assert.Empty(await OutstandingAsync());
        await using var read = database.NewContext();
        Assert.False((await read.DocumentReturns.SingleAsync()).Returned);
    }

    [Fact]
    public async Task A_licence_in_force_owes_nothing()
    {
        await using (var db = database.NewContext())
        {
            var person = Build.Person();
            db.AddRange(person, Build.DriverLicence(person));
            await db.SaveChangesAsync();
        }
        await using var read = database.NewContext();
        var licence = await read.Licences.SingleAsync();
        Assert.Empty(await OutstandingAsync());
        await Assert.ThrowsAsync<DomainRuleException>(() => DocumentReturn.RecordAsync(read, licence.Id, Today, null, "Olivia Officer"));
    }

    [Fact]
    public async Task A_suspension_that_ends_owes_nothing_more_and_a_later_suspension_owes_its_own_return()
    {
        var (licenceId, _) = await OutOfForceAsync(DecisionKind.Suspension);
        await RecordAsync(licenceId, Today);
        await using (var db = database.NewContext())
        {
            var licence = await db.Licences.SingleAsync();
            licence.Reinstate(licence.SuspendedUntil!.Value, "The fixed period of suspension ended");
            await db.SaveChangesAsync();
        }
        Assert.Empty(await OutstandingAsync());

        await using (var db = database.NewContext())
        {
            var licence = await db.Licences.SingleAsync();
            var person = await db.People.SingleAsync();
            var again = Build.Adverse(licence, person, DecisionKind.Suspension);
            licence.Suspend(again, licence.StatusSince.AddDays(1));
            db.Decisions.Add(again);
            await db.SaveChangesAsync();
        }
        Assert.Equal([licenceId], await OutstandingAsync());
    }
}
