using System.Text.Json;
using Licensing.Domain.Audit;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Tests.Infrastructure;
using Licensing.Web.Features.Register;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Licensing.Tests.Register;

/// <summary>
/// The search log's fast path on SQLite (prepared commands on the recorder's own connection) writes
/// what a context's save writes: the same row, the same audit entry, on the same unbroken chain.
/// </summary>
public class SearchRecorderTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly ServiceProvider services = new ServiceCollection().BuildServiceProvider();
    private static readonly Actor Partner = new("partner:W06000001", "Cyngor Sir Ynys Môn <Licensing & Co>");

    private SearchRecorder Recorder() => new(database.Settings, services.GetRequiredService<IServiceScopeFactory>(), database.Clock);

    private RegisterSearch Search(string surname = "O'Brien-Smith", Actor? actor = null)
    {
        var query = new RegisterQuery(surname, "Zoë Ánne", ["Nguyễn", "Smith"], new DateOnly(1980, 3, 14), null, SearchPurpose.Renewal, " APP/2026/<0001> ");
        var matches = new List<RegisterMatch>
        {
            new(Guid.CreateVersion7(), "E07000001-000123", "E07000001", "Northshire", RegisterDecision.Revocation, new DateOnly(2024, 5, 1),
                LicenceType.PrivateHireDriver, MatchBand.Strong, 0.8733333333333333, ["date of birth"]),
            new(Guid.CreateVersion7(), "E07000002-9", "E07000002", "Southshire", RegisterDecision.Refusal, new DateOnly(2023, 1, 2),
                LicenceType.DualDriver, MatchBand.Possible, 1, []),
        };
        return RegisterSearch.Of(query, matches, SearchChannel.PartnerApi, "E07000211", actor ?? Partner, database.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task A_search_recorded_through_prepared_commands_has_the_same_row_and_audit_entry_as_a_save_through_the_context()
    {
        var bySave = Search();
        await using (var db = database.NewContext(Partner))
        {
            db.RegisterSearches.Add(bySave);
            await db.SaveChangesAsync();
        }
        var byRecorder = Search();
        await using (var recorder = Recorder()) await recorder.RecordAsync(byRecorder, Partner);

        // Raw columns, so a value stored with another type or format (a Guid as a blob) would show.
        string Same(string text) => text.Replace(bySave.Id.ToString(), byRecorder.Id.ToString()).Replace(bySave.Id.ToString().ToUpperInvariant(), byRecorder.Id.ToString().ToUpperInvariant());
        var savedRow = (await RowsAsync("RegisterSearches", bySave.Id)).Single();
        var recordedRow = (await RowsAsync("RegisterSearches", byRecorder.Id)).Single();
        Assert.Equal(savedRow.ToDictionary(c => c.Key, c => c.Value is string s ? Same(s) : c.Value), recordedRow);

        var savedAudit = (await RowsAsync("AuditEntries", bySave.Id)).Single();
        var recordedAudit = (await RowsAsync("AuditEntries", byRecorder.Id)).Single();
        foreach (var differs in new[] { "Id", "PreviousHash", "Hash" }) Assert.NotEqual(savedAudit[differs], recordedAudit[differs]);
        Assert.Equal(
            savedAudit.Where(c => c.Key is not ("Id" or "PreviousHash" or "Hash")).ToDictionary(c => c.Key, c => c.Value is string s ? Same(s) : c.Value),
            recordedAudit.Where(c => c.Key is not ("Id" or "PreviousHash" or "Hash")).ToDictionary());
        Assert.Equal(Same((string)savedAudit["Changes"]), recordedAudit["Changes"]);
        Assert.Equal("Created Register search", recordedAudit["Summary"]);
        Assert.Equal(DBNull.Value, recordedAudit["PersonId"]);
        Assert.Equal(savedAudit["Hash"], recordedAudit["PreviousHash"]);
        await using var check = database.NewContext();
        Assert.True((await AuditChain.VerifyAsync(check)).Intact);
    }

    [Fact]
    public async Task An_audit_entry_hash_is_the_sha256_of_its_fields_joined_by_unit_separators()
    {
        await using (var recorder = Recorder()) await recorder.RecordAsync(Search(), Partner);
        await using var db = database.NewContext();
        var entry = await db.AuditEntries.SingleAsync();
        var canonical = string.Join('\u001f', entry.PreviousHash, entry.At.ToString("O"), entry.ActorId, entry.ActorName, entry.Action, entry.EntityType,
            entry.EntityId, entry.PersonId?.ToString() ?? "", entry.Summary, entry.Changes);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical))), entry.Hash);
        Assert.Contains("ô", entry.ActorName); // beyond ASCII, so the UTF-8 encoding is exercised
    }

    [Fact]
    public async Task A_recorded_search_audit_entry_lists_its_fields_as_the_audit_trail_always_has()
    {
        var search = Search();
        await using (var recorder = Recorder()) await recorder.RecordAsync(search, Partner);
        await using var db = database.NewContext();
        var entry = await db.AuditEntries.SingleAsync();

        // As the change tracker's entries were serialised before: properties in the model's order, each { before, after }.
        object Added(string? value) => new { before = (string?)null, after = value };
        var expected = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["Id"] = Added(search.Id.ToString()),
            ["Asked"] = Added(search.Asked),
            ["Channel"] = Added("PartnerApi"),
            ["MatchCount"] = Added("2"),
            ["PartnerAuthorityCode"] = Added("E07000211"),
            ["Purpose"] = Added("Renewal"),
            ["Returned"] = Added(search.Returned),
            ["SearchedAt"] = Added(search.SearchedAt.ToString("O")),
            ["SearcherId"] = Added(Partner.Id),
            ["SearcherName"] = Added(Partner.Name),
            ["SearcherReference"] = Added("APP/2026/<0001>"),
        });
        Assert.Equal(expected, entry.Changes);
        Assert.Equal(search.Id.ToString(), entry.EntityId);
    }

    [Fact]
    public void A_search_keeps_what_was_asked_and_returned_in_the_shape_it_always_had()
    {
        var search = Search();
        Assert.Equal(JsonSerializer.Serialize(new
        {
            Surname = "O'Brien-Smith", Forenames = "Zoë Ánne", PreviousSurnames = new[] { "Nguyễn", "Smith" }, DateOfBirth = "1980-03-14", DrivingLicenceNumber = (string?)null,
        }), search.Asked);
        Assert.Equal(JsonSerializer.Serialize(new[]
        {
            new { RegisterReference = "E07000001-000123", Band = "strong", Score = 0.8733333333333333 },
            new { RegisterReference = "E07000002-9", Band = "possible", Score = 1.0 },
        }), search.Returned);
    }

    [Fact]
    public async Task The_audit_chain_holds_when_recorded_searches_and_saves_through_contexts_interleave_at_once()
    {
        await using var recorder = Recorder();
        var recording = Enumerable.Range(0, 4).Select(caller => Task.Run(async () =>
        {
            var actor = new Actor($"partner:E0700030{caller}", $"Council {caller}");
            for (var i = 0; i < 25; i++) await recorder.RecordAsync(Search($"Recorded{caller}x{i}", actor), actor);
        }));
        var saving = Enumerable.Range(0, 2).Select(officer => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await using var db = database.NewContext(new Actor($"officer{officer}", $"Officer {officer}"));
                db.RegisterSearches.Add(Search($"Saved{officer}x{i}"));
                await db.SaveChangesAsync();
            }
        }));
        await Task.WhenAll(recording.Concat(saving));

        await using var check = database.NewContext();
        Assert.Equal(120, await check.AuditEntries.CountAsync(a => a.EntityType == nameof(RegisterSearch)));
        Assert.Equal(120, await check.RegisterSearches.CountAsync());
        var chain = await AuditChain.VerifyAsync(check);
        Assert.True(chain.Intact, chain.Problem);
    }

    [Fact]
    public async Task A_batch_that_fails_records_none_of_its_searches_tells_every_waiting_request_and_the_next_batch_is_recorded()
    {
        await using var recorder = Recorder();
        var first = Search("First");
        Task recordingFirst;
        await using (var blocker = new SqliteConnection(database.ConnectionString))
        {
            // Another writer holds the database, so the first batch waits and the next requests queue up behind it.
            await blocker.OpenAsync();
            var hold = blocker.BeginTransaction(deferred: false);
            recordingFirst = recorder.RecordAsync(first, Partner);
            for (var waited = 0; recorder.Queued > 0 && waited < 300; waited++) await Task.Delay(100);
            Assert.Equal(0, recorder.Queued); // the writer has taken the first search and waits for the database
            Assert.False(recordingFirst.IsCompleted);
            var queued = new[] { Search("Queued"), first, Search("AlsoQueued") }.Select(s => recorder.RecordAsync(s, Partner)).ToList();
            hold.Rollback();
            await recordingFirst;

            // The second batch holds the first search again: its key is taken, so the whole batch fails.
            foreach (var request in queued) await Assert.ThrowsAsync<SqliteException>(() => request);
        }
        await using (var db = database.NewContext())
        {
            Assert.Equal(["First"], await db.RegisterSearches.Select(s => s.Asked).ToListAsync().ContinueWith(t => t.Result.Select(a => JsonDocument.Parse(a).RootElement.GetProperty("Surname").GetString()).ToList()));
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(RegisterSearch)));
        }

        await recorder.RecordAsync(Search("Next"), Partner);
        await using var check = database.NewContext();
        Assert.Equal(2, await check.RegisterSearches.CountAsync());
        Assert.True((await AuditChain.VerifyAsync(check)).Intact);
    }

    /// <summary>Every column of the rows of a table for one search (by its id, or the audit entries naming it).</summary>
    private async Task<List<Dictionary<string, object>>> RowsAsync(string table, Guid searchId)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = table == "AuditEntries"
            ? "SELECT * FROM AuditEntries WHERE EntityId = $id"
            : $"SELECT * FROM {table} WHERE upper(Id) = upper($id)";
        command.Parameters.AddWithValue("$id", searchId.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, object>>();
        while (await reader.ReadAsync())
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue));
        return rows;
    }

    public void Dispose()
    {
        services.Dispose();
        database.Dispose();
    }
}
