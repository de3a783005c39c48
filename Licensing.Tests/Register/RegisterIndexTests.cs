using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;
using Licensing.Domain.Register;
using Licensing.Tests.Infrastructure;

namespace Licensing.Tests.Register;

/// <summary>
/// The in-memory register index answers as the database would, including for changes committed after
/// it loaded by another context (as the CLI import, another process, makes them).
/// </summary>
public class RegisterIndexTests : IDisposable
{
    private readonly TestDatabase database = new();
    private static readonly RegisterIdentity Asif = new("Khan", "Asif", [], new DateOnly(1980, 3, 14), null);

    private static RegisterEntryDetails Details(string reference, string surname, string forenames, DateOnly dob, RegisterDecision decision = RegisterDecision.Revocation) =>
        new(reference, "E07000999", "Northbrook District Council", surname, forenames, [], dob, null, null, null,
            LicenceType.PrivateHireDriver, decision, new DateOnly(2025, 5, 1), GroundsCategory.Safeguarding);

    private async Task ImportAsync(params RegisterEntryDetails[] entries)
    {
        await using var db = database.NewContext();
        foreach (var d in entries) db.RegisterEntries.Add(RegisterEntry.Import(d, db.UtcNow));
        await db.SaveChangesAsync();
    }

    private async Task<IReadOnlyList<RegisterMatch>> SearchAsync(RegisterIndex index, RegisterIdentity who)
    {
        await using var db = database.NewContext();
        return await index.FindAsync(db, who);
    }

    private async Task<RegisterIndex> LoadedAsync(int patchLimit = 5000)
    {
        var index = new RegisterIndex(database.Settings, patchLimit);
        await using var db = database.NewContext();
        await index.LoadAsync(db);
        return index;
    }

    [Fact]
    public async Task Before_it_has_loaded_a_search_reads_the_database_and_starts_the_load()
    {
        await ImportAsync(Details("NB-1", "Khan", "Asif", Asif.DateOfBirth));
        var index = new RegisterIndex(database.Settings);

        Assert.Equal("NB-1", Assert.Single(await SearchAsync(index, Asif)).RegisterReference);
        await index.StartLoad();
        Assert.True(index.IsLoaded);
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public async Task An_entry_added_after_the_load_is_found_by_the_next_search()
    {
        await ImportAsync(Details("NB-1", "Smith", "John", new DateOnly(1975, 1, 2)));
        var index = await LoadedAsync();
        Assert.Empty(await SearchAsync(index, Asif));

        await ImportAsync(Details("NB-2", "Khan", "Asif", Asif.DateOfBirth));

        Assert.Equal("NB-2", Assert.Single(await SearchAsync(index, Asif)).RegisterReference);
        Assert.Equal(2, index.Count);
    }

    [Fact]
    public async Task A_re_imported_entry_is_found_under_its_new_name_and_no_longer_under_the_old_one()
    {
        await ImportAsync(Details("NB-1", "Smith", "John", new DateOnly(1975, 1, 2)));
        var index = await LoadedAsync();
        Assert.Single(await SearchAsync(index, new RegisterIdentity("Smith", "John", [], new DateOnly(1975, 1, 2), null)));

        await using (var db = database.NewContext())
        {
            var entry = db.RegisterEntries.Single();
            entry.Reimport(Details("NB-1", "Khan", "Asif", Asif.DateOfBirth, RegisterDecision.Suspension));
            await db.SaveChangesAsync();
        }

        var hit = Assert.Single(await SearchAsync(index, Asif));
        Assert.Equal(RegisterDecision.Suspension, hit.Decision);
        Assert.Empty(await SearchAsync(index, new RegisterIdentity("Smith", "John", [], new DateOnly(1975, 1, 2), null)));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public async Task More_changes_than_it_patches_send_searches_to_the_database_while_it_reloads()
    {
        await ImportAsync(Details("NB-1", "Smith", "John", new DateOnly(1975, 1, 2)));
        var index = await LoadedAsync(patchLimit: 2);

        await ImportAsync(
            Details("NB-2", "Khan", "Asif", Asif.DateOfBirth),
            Details("NB-3", "Jones", "Mary", new DateOnly(1970, 6, 6)),
            Details("NB-4", "Patel", "Raj", new DateOnly(1969, 9, 9)));

        Assert.Equal("NB-2", Assert.Single(await SearchAsync(index, Asif)).RegisterReference);
        await index.StartLoad();
        Assert.Equal(2, index.Loads);
        Assert.Equal(4, index.Count);
        Assert.Equal("NB-2", Assert.Single(await SearchAsync(index, Asif)).RegisterReference);
    }

    public void Dispose() => database.Dispose();
}
