using System.Data.Common;
using Licensing.Domain.Audit;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Licensing.Domain.Decisions;
using Licensing.Domain.Notices;
using Licensing.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static Licensing.Tests.Notices.NoticeFixtures;

namespace Licensing.Tests.Notices;

/// <summary>A notice has at most one correction, even when two managers (or a double click) draft one at the same moment.</summary>
public class OneCorrectionTests
{
    /// <summary>
    /// Lets another manager's whole draft-a-correction happen after this one checked there was no correction
    /// yet (just before it reads the decision, outside any transaction) and before it saves.
    /// </summary>
    private sealed class MeanwhileBeforeReadingDecision(Func<Task> meanwhile) : DbCommandInterceptor
    {
        private bool done;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            if (!done && command.CommandText.Contains("FROM \"Decisions\"", StringComparison.Ordinal))
            {
                done = true;
                await meanwhile();
            }
            return result;
        }
    }

    private static LicensingDbContext ContextWith(TestDatabase database, DbCommandInterceptor interceptor)
    {
        var options = new DbContextOptionsBuilder<LicensingDbContext>();
        database.Settings.Configure(options);
        options.AddInterceptors(interceptor);
        return new LicensingDbContext(options.Options, new FixedActor(database.Actor), database.Clock);
    }

    [Fact]
    public async Task The_second_of_two_corrections_drafted_at_the_same_moment_is_refused_with_a_clear_reason()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation);
        await IssueAsync(database, saved.Notice.Id);

        Notice? first = null;
        await using var second = ContextWith(database, new MeanwhileBeforeReadingDecision(async () =>
        {
            await using var other = database.NewContext();
            first = await CorrectNotice.RunAsync(other, saved.Notice.Id);
        }));
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => CorrectNotice.RunAsync(second, saved.Notice.Id));

        Assert.Contains("drafted a correction of this notice a moment ago", refused.Message);
        await using var read = database.NewContext();
        var correction = Assert.Single(read.Notices.Where(n => n.ReplacesNoticeId == saved.Notice.Id));
        Assert.Equal(first!.Id, correction.Id);
    }

    [Fact]
    public async Task The_database_refuses_a_second_live_correction_but_not_beside_a_withdrawn_duplicate()
    {
        using var database = new TestDatabase();
        var saved = await DecisionNoticeAsync(database, DecisionKind.Revocation);
        await IssueAsync(database, saved.Notice.Id);
        await using (var db = database.NewContext())
        {
            var issued = db.Notices.Single(n => n.Id == saved.Notice.Id);
            var duplicate = issued.Correct(db.UtcNow);
            duplicate.WithdrawDraft("drafted twice");
            db.Notices.Add(duplicate);
            await db.SaveChangesAsync();
        }

        await using var db2 = database.NewContext();
        var original = await db2.Notices.SingleAsync(n => n.Id == saved.Notice.Id);
        db2.Notices.Add(original.Correct(db2.UtcNow));
        await db2.SaveChangesAsync(); // the withdrawn duplicate does not stand in the way
        var another = original.Correct(db2.UtcNow);
        db2.Notices.Add(another);
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => db2.SaveChangesAsync());
        Assert.NotNull(UniqueIndex.Violation(failure));
    }
}
