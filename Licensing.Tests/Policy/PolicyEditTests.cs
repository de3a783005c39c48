using Licensing.Domain.Applications;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Licensees;
using Licensing.Domain.Policy;
using Licensing.Tests.Applications;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Tests.Policy;

/// <summary>New versions of the suitability policy, saved on a real database: never silently undoing another's, never freezing an application.</summary>
public class PolicyEditTests
{
    private static IEnumerable<PolicyRowDraft> SeedRows(Func<PolicyRowDraft, PolicyRowDraft?> change) =>
        PolicyVersion.InstituteOfLicensing2018.Select(change).OfType<PolicyRowDraft>();

    [Fact]
    public async Task A_version_saved_from_a_page_opened_before_a_colleagues_save_is_refused_and_theirs_stays_in_force()
    {
        using var database = new TestDatabase();
        Guid seen;
        await using (var db = database.NewContext())
            seen = (await db.NewestPolicyAsync()).Id; // both administrators open the editor on the shipped version

        await using (var db = database.NewContext())
            await NewPolicyVersion.SaveAsync(db, seen, "2026-EBC-1", db.Today, SeedRows(r => r.Code == "weapon" ? r with { Years = 10 } : r), "Alice Administrator", "Committee, 1 June 2026");

        await using (var db = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
                NewPolicyVersion.SaveAsync(db, seen, "2026-EBC-2", db.Today, SeedRows(r => r.Code == "dishonesty" ? r with { Years = 5 } : r), "Bob Administrator", null));
            Assert.Contains("version 2026-EBC-1 of the policy was saved by Alice Administrator", refused.Message);
            Assert.Contains("Reload the page", refused.Message);
        }

        await using var read = database.NewContext();
        var current = await read.CurrentPolicyAsync();
        Assert.Equal("2026-EBC-1", current.Label);
        Assert.Equal(10, current.Find("weapon")!.Years);
        Assert.Equal(2, await read.PolicyVersions.CountAsync());
    }

    [Fact]
    public async Task A_version_saved_after_reloading_the_newest_one_is_accepted()
    {
        using var database = new TestDatabase();
        await using var db = database.NewContext();
        var first = await NewPolicyVersion.SaveAsync(db, (await db.NewestPolicyAsync()).Id, "2026-EBC-1", db.Today, SeedRows(r => r), "Alice Administrator", null);
        var second = await NewPolicyVersion.SaveAsync(db, (await db.NewestPolicyAsync()).Id, "2026-EBC-2", db.Today, SeedRows(r => r), "Bob Administrator", null);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task An_open_application_whose_conviction_is_in_a_category_the_new_version_dropped_is_still_assessed_as_that_category_was_defined()
    {
        using var database = new TestDatabase();
        Guid appId;
        await using (var db = database.NewContext())
        {
            var person = Person.Create(Build.PersonDetails(), db.Today);
            var app = ApplicationBuild.New(person, today: db.Today);
            app.RecordOffence(new OffenceDetails(OffenceKind.Conviction, "Assault occasioning actual bodily harm", "violence", new DateOnly(2020, 2, 1), new DateOnly(2020, 3, 12)),
                await db.CurrentPolicyAsync(), ApplicationBuild.Officer, db.UtcNow, db.Today);
            db.People.Add(person);
            db.Applications.Add(app);
            await db.SaveChangesAsync();
            appId = app.Id;
        }
        // The administrator splits "violence" into two new categories; the old code goes.
        await using (var db = database.NewContext())
            await NewPolicyVersion.SaveAsync(db, (await db.NewestPolicyAsync()).Id, "2026-EBC-1", db.Today,
                [.. SeedRows(r => r.Code == "violence" ? null : r),
                 new PolicyRowDraft("violence-serious", "Serious violence against the person", Presumption.YearsFromSentenceEnd, 12, Licensing.Domain.Decisions.GroundsCategory.Violence, false),
                 new PolicyRowDraft("violence-minor", "Common assault", Presumption.YearsFromSentenceEnd, 5, Licensing.Domain.Decisions.GroundsCategory.Violence, false)],
                "Alice Administrator", null);

        await using var read = database.NewContext();
        var policy = await read.CurrentPolicyAsync();
        Assert.Equal("2026-EBC-1", policy.Label);
        Assert.Null(policy.Find("violence")); // no longer offered for new records
        var application = await read.Applications.Include(a => a.Offences).SingleAsync(a => a.Id == appId);
        var assessment = application.Suitability(policy, read.Today);

        Assert.Equal(VerdictKind.RefuseUntil, assessment.Overall);
        Assert.Equal(new DateOnly(2030, 3, 12), assessment.BarEndsOn); // 10 years, as 2018-IoL-1 defined "violence"
        var why = Assert.Single(assessment.Records).Why;
        Assert.Contains("Policy 2018-IoL-1", why);
        Assert.Contains("'violence' is no longer a category in policy 2026-EBC-1", why);
    }
}
