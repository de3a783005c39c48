using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Data;

/// <summary>
/// References (CN-, RC-, APP-) come from a series taken by one atomic update: officers and partners' referrals
/// saving at the same moment must never be given the same reference (the second save would fail, and what the
/// officer typed with it), and a series continues from references already made.
/// </summary>
public class ReferenceSeriesTests : IDisposable
{
    private readonly TestDatabase database = new();

    [Fact]
    public async Task References_taken_at_the_same_moment_on_separate_connections_are_all_different()
    {
        var taken = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            return await db.NextConcernReferenceAsync();
        })));
        Assert.Equal(24, taken.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 24).Select(n => $"CN-2026-{n:D4}").Order(), taken.Order());
    }

    [Fact]
    public async Task A_series_used_for_the_first_time_continues_from_the_highest_reference_already_made()
    {
        // Made before the series was kept (or brought in): numbered 41, with no others, so counting them would give 2.
        await using (var db = database.NewContext())
        {
            db.Concerns.Add(Concern.Record(new ConcernDraft(ConcernSource.Public, ConcernCategory.Fares,
                    new Grading(SourceGrade.Untested, InformationGrade.NotKnown, HandlingCode.LawfulSharingPermitted), "Overcharged a passenger", database.Clock.Today(), [(IdentifierKind.VehicleRegistration, "AB12 CDE")]),
                "CN-2026-0041", "Olivia Officer", database.Clock.Today(), database.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }
        await using (var db = database.NewContext())
        {
            Assert.Equal("CN-2026-0042", await db.NextConcernReferenceAsync());
            Assert.Equal("CN-2026-0043", await db.NextConcernReferenceAsync());
            Assert.Equal("RC-2026-0001", await db.NextReviewReferenceAsync());
        }
    }

    [Fact]
    public async Task A_number_taken_for_a_save_that_never_happened_is_not_given_again()
    {
        await using var db = database.NewContext();
        var abandoned = await db.NextReviewReferenceAsync();
        Assert.Equal("RC-2026-0001", abandoned);
        Assert.Equal("RC-2026-0002", await db.NextReviewReferenceAsync());
    }

    public void Dispose() => database.Dispose();
}
