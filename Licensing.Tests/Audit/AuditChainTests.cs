using Licensing.Domain.Audit;
using Licensing.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Licensing.Tests.Audit;

public class AuditChainTests : IDisposable
{
    private readonly TestDatabase database = new();

    private async Task WriteSomeHistoryAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            await using var db = database.NewContext();
            db.People.Add(Build.Person("Person", $"Number{i}", licence: null));
            await db.SaveChangesAsync();
        }
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    [Fact]
    public async Task An_untouched_trail_verifies()
    {
        await WriteSomeHistoryAsync();
        await using var db = database.NewContext();
        var result = await AuditChain.VerifyAsync(db);
        Assert.True(result.Intact);
        Assert.Equal(3, result.Checked);
    }

    [Fact]
    public async Task A_row_altered_directly_in_the_database_is_found()
    {
        await WriteSomeHistoryAsync();
        Execute("UPDATE AuditEntries SET ActorName = 'Someone else' WHERE Id = 2");
        await using var db = database.NewContext();
        var result = await AuditChain.VerifyAsync(db);
        Assert.False(result.Intact);
        Assert.Equal(2, result.FirstBrokenId);
        Assert.Contains("changed", result.Problem);
    }

    [Fact]
    public async Task A_row_deleted_directly_in_the_database_is_found()
    {
        await WriteSomeHistoryAsync();
        Execute("DELETE FROM AuditEntries WHERE Id = 2");
        await using var db = database.NewContext();
        var result = await AuditChain.VerifyAsync(db);
        Assert.Equal(3, result.FirstBrokenId);
        Assert.Contains("removed", result.Problem);
    }

    [Fact]
    public async Task Concurrent_saves_keep_one_unbroken_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = database.NewContext();
            db.People.Add(Build.Person("Parallel", $"Writer{i}", licence: null));
            await db.SaveChangesAsync();
        }));
        await using var check = database.NewContext();
        var result = await AuditChain.VerifyAsync(check);
        Assert.True(result.Intact, result.Problem);
        Assert.Equal(8, result.Checked);
    }

    public void Dispose() => database.Dispose();
}
