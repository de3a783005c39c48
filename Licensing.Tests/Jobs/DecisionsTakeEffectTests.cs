using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Cases;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

public class DecisionsTakeEffectTests
{
    private static async Task<Decision> RecordAsync(JobsTestKit kit, Licence licence, DecisionKind kind, DateOnly servedOn, SuspensionPeriod? suspendedFor = null, bool appealed = false)
    {
        await using var db = kit.Database.NewContext();
        var decision = Decision.Record(new DecisionDraft(licence.HolderId!.Value, kind, licence.Type, DecisionMaker.AuthorisedOfficer, "Maya Manager",
            "Proven on the evidence", Build.Today, GroundsCategory.Safeguarding, licence.Id, SuspensionPeriod: suspendedFor), DateTime.UtcNow);
        decision.NoticeServed(servedOn);
        if (appealed) decision.AwaitAppeal();
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        return decision;
    }

    [Fact]
    public async Task A_revocation_takes_effect_the_day_after_the_21_day_appeal_period_and_only_once()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (_, licence) = await kit.AddDriverAsync(new(2025, 1, 1), new(2028, 1, 1));
        var decision = await RecordAsync(kit, licence, DecisionKind.Revocation, servedOn: new(2026, 6, 15));
        Assert.Equal(new DateOnly(2026, 7, 6), decision.TakesEffectOn); // served 15 June = day 1; day 21 is 5 July
        var job = new DecisionsTakeEffect(kit, kit.Log, kit.Authority);

        kit.SetLondonTime(2026, 7, 5, 23, 59);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(licence.Id)).Status);

        kit.SetLondonTime(2026, 7, 6, 0, 35);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);

        var revoked = await kit.LicenceAsync(licence.Id);
        Assert.Equal((LicenceStatus.Revoked, new DateOnly(2026, 7, 6), decision.Id), (revoked.Status, revoked.StatusSince, revoked.StatusDecisionId));
        Assert.Equal(new DateOnly(2026, 7, 6), (await kit.QueryAsync(db => db.Decisions.SingleAsync(d => d.Id == decision.Id))).TookEffectOn);
        Assert.Equal("0 decisions took effect; 0 suspensions ended", (await kit.LastRunAsync(DecisionsTakeEffect.Name)).Summary);
    }

    [Fact]
    public async Task A_decision_under_appeal_waits_for_the_court()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (_, licence) = await kit.AddDriverAsync(new(2025, 1, 1), new(2028, 1, 1));
        await RecordAsync(kit, licence, DecisionKind.Revocation, servedOn: new(2026, 6, 15), appealed: true);

        kit.SetLondonTime(2026, 8, 1, 0, 35);
        await new DecisionsTakeEffect(kit, kit.Log, kit.Authority).RunAsync(CancellationToken.None);

        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(licence.Id)).Status);
    }

    [Fact]
    public async Task A_suspension_takes_effect_and_the_licence_is_reinstated_when_its_period_from_that_day_ends()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (_, licence) = await kit.AddDriverAsync(new(2025, 1, 1), new(2028, 1, 1));
        var decision = await RecordAsync(kit, licence, DecisionKind.Suspension, servedOn: new(2026, 6, 15), suspendedFor: new(4, SuspensionUnit.Weeks));
        var job = new DecisionsTakeEffect(kit, kit.Log, kit.Authority);

        kit.SetLondonTime(2026, 7, 6, 0, 35);
        await job.RunAsync(CancellationToken.None);
        // Four weeks from 6 July, that day the first: suspended to 2 August inclusive, in force again on 3 August.
        var suspended = await kit.LicenceAsync(licence.Id);
        Assert.Equal((LicenceStatus.Suspended, new DateOnly(2026, 8, 3)), (suspended.Status, suspended.SuspendedUntil));
        Assert.Equal(new DateOnly(2026, 8, 3), (await kit.QueryAsync(db => db.Decisions.SingleAsync(d => d.Id == decision.Id))).SuspensionEndsOn);
        Assert.Equal("1 decision took effect; 0 suspensions ended", (await kit.LastRunAsync(DecisionsTakeEffect.Name)).Summary);

        kit.SetLondonTime(2026, 8, 2, 0, 35);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Suspended, (await kit.LicenceAsync(licence.Id)).Status);

        kit.SetLondonTime(2026, 8, 3, 0, 35);
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);
        var back = await kit.LicenceAsync(licence.Id);
        Assert.Equal((LicenceStatus.Granted, new DateOnly(2026, 8, 3)), (back.Status, back.StatusSince));
        var summaries = await kit.QueryAsync(db => db.JobRuns.OrderBy(r => r.StartedAt).Select(r => r.Summary).ToListAsync());
        Assert.Equal("0 decisions took effect; 0 suspensions ended", summaries[1]);
        Assert.Equal("0 decisions took effect; 1 suspension ended", summaries[2]);
        Assert.Equal("0 decisions took effect; 0 suspensions ended", summaries[3]);
    }

    [Fact]
    public async Task A_suspension_decided_with_a_fixed_end_date_before_periods_keeps_that_date()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (_, licence) = await kit.AddDriverAsync(new(2025, 1, 1), new(2028, 1, 1));
        var decision = await RecordAsync(kit, licence, DecisionKind.Suspension, servedOn: new(2026, 6, 15), suspendedFor: new(4, SuspensionUnit.Weeks));
        // As the row stands after the migration for a suspension decided with "Suspension ends on".
        await using (var db = database.NewContext())
            await db.Decisions.Where(d => d.Id == decision.Id).ExecuteUpdateAsync(u => u
                .SetProperty(d => d.SuspensionLength, (int?)null).SetProperty(d => d.SuspensionUnit, (SuspensionUnit?)null)
                .SetProperty(d => d.SuspensionEndsOn, new DateOnly(2026, 8, 1)));
        var job = new DecisionsTakeEffect(kit, kit.Log, kit.Authority);

        kit.SetLondonTime(2026, 7, 6, 0, 35);
        await job.RunAsync(CancellationToken.None);
        var suspended = await kit.LicenceAsync(licence.Id);
        Assert.Equal((LicenceStatus.Suspended, new DateOnly(2026, 8, 1)), (suspended.Status, suspended.SuspendedUntil));
        var kept = await kit.QueryAsync(db => db.Decisions.SingleAsync(d => d.Id == decision.Id));
        Assert.Equal((null, new DateOnly(2026, 8, 1)), (kept.SuspensionPeriod, kept.SuspensionEndsOn));
        Assert.Equal("until 1 August 2026", kept.DescribeSuspension());

        kit.SetLondonTime(2026, 8, 1, 0, 35);
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(licence.Id)).Status);
    }
}
