using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Jobs.Cases;
using Licensing.Jobs.Licensees;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Jobs;

/// <summary>
/// A refusal to renew takes effect at the end of the 21 days for appeal (s.61(2A)), and its notice tells the
/// driver they may work until then: the licence must not expire under them on its own date meanwhile.
/// </summary>
public class RefusalToRenewEffectTests
{
    private static async Task<Guid> RefuseRenewalServedAsync(TestDatabase database, Person person, Licence licence, DateOnly servedOn)
    {
        await using var db = database.NewContext();
        var refusal = Decision.Record(new DecisionDraft(person.Id, DecisionKind.RefusalToRenew, LicenceType.PrivateHireDriver, DecisionMaker.AuthorisedOfficer,
            "Maya Manager", "Three proven complaints of overcharging vulnerable passengers", servedOn, Grounds: GroundsCategory.Dishonesty, LicenceId: licence.Id), DateTime.UtcNow);
        refusal.NoticeServed(servedOn);
        db.Decisions.Add(refusal);
        await db.SaveChangesAsync();
        return refusal.Id;
    }

    [Fact]
    public async Task A_licence_whose_renewal_was_refused_stays_in_force_past_its_date_until_the_refusal_takes_effect()
    {
        using var database = new TestDatabase(); // Monday 15 June 2026
        var kit = new JobsTestKit(database);
        var (person, licence) = await kit.AddDriverAsync(new DateOnly(2023, 6, 21), new DateOnly(2026, 6, 20));
        var refusalId = await RefuseRenewalServedAsync(database, person, licence, new DateOnly(2026, 6, 15)); // takes effect Monday 6 July

        kit.SetLondonTime(2026, 6, 22, 0, 30);
        await new ExpireLicences(kit, kit.Log).RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(licence.Id)).Status);

        kit.SetLondonTime(2026, 7, 6, 0, 30);
        await new ExpireLicences(kit, kit.Log).RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(licence.Id)).Status);
        kit.SetLondonTime(2026, 7, 6, 0, 35);
        await new DecisionsTakeEffect(kit, kit.Log, kit.Authority).RunAsync(CancellationToken.None);

        var ended = await kit.LicenceAsync(licence.Id);
        Assert.Equal((LicenceStatus.Expired, new DateOnly(2026, 7, 6), refusalId), (ended.Status, ended.StatusSince, ended.StatusDecisionId));
        Assert.Contains("in force past 20 June 2026 until the refusal took effect", ended.StatusNote);
        Assert.Equal(new DateOnly(2026, 7, 6), await kit.QueryAsync(db => db.Decisions.Where(d => d.Id == refusalId).Select(d => d.TookEffectOn).SingleAsync()));
    }

    [Fact]
    public async Task A_refusal_taking_effect_before_the_licences_date_leaves_it_to_run_to_its_date()
    {
        using var database = new TestDatabase();
        var kit = new JobsTestKit(database);
        var (person, licence) = await kit.AddDriverAsync(new DateOnly(2023, 8, 1), new DateOnly(2026, 7, 31));
        await RefuseRenewalServedAsync(database, person, licence, new DateOnly(2026, 6, 15));

        kit.SetLondonTime(2026, 7, 6, 0, 35);
        await new DecisionsTakeEffect(kit, kit.Log, kit.Authority).RunAsync(CancellationToken.None);
        Assert.Equal(LicenceStatus.Granted, (await kit.LicenceAsync(licence.Id)).Status);

        kit.SetLondonTime(2026, 8, 1, 0, 30);
        await new ExpireLicences(kit, kit.Log).RunAsync(CancellationToken.None);
        var expired = await kit.LicenceAsync(licence.Id);
        Assert.Equal((LicenceStatus.Expired, new DateOnly(2026, 8, 1)), (expired.Status, expired.StatusSince));
    }
}
