using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Register;

/// <summary>One register hit: only what a partner may see, plus the entry's id for officers here.</summary>
public sealed record RegisterMatch(
    Guid EntryId, string RegisterReference, string AuthorityCode, string AuthorityName, RegisterDecision Decision,
    DateOnly DecisionDate, Licensees.LicenceType LicenceType, MatchBand Band, double Score, IReadOnlyList<string> Reasons);

/// <summary>What a search compares of an entry, and what a hit shows of it.</summary>
public sealed record RegisterCandidate(
    Guid Id, string Reference, string AuthorityCode, string AuthorityName, RegisterDecision Decision,
    DateOnly DecisionDate, Licensees.LicenceType LicenceType, RegisterIdentity Identity);

/// <summary>
/// The register search, read from the database: candidates by blocking keys (one indexed query), then
/// each compared in memory. <see cref="RegisterIndex"/> answers the same question from memory once it
/// has loaded, and falls back to this meanwhile; both rank with <see cref="Rank"/>.
/// </summary>
public static class RegisterLookup
{
    /// <summary>Bounds the work for a query whose keys are very common; far more than any real search returns.</summary>
    private const int MaxCandidates = 2000;

    public static async Task<IReadOnlyList<RegisterMatch>> FindAsync(LicensingDbContext db, RegisterIdentity asked, CancellationToken ct = default)
    {
        var keys = MatchKeys.ForSearch(asked).ToList();
        // Pad to a multiple of 64 (repeating a key changes nothing) so the SQL has a handful of shapes
        // that EF and the database cache, instead of a new statement to compile for every key count.
        while (keys.Count % 64 != 0) keys.Add(keys[0]);
        // Only parameter placeholders are concatenated; the keys themselves travel as parameters.
        var ids = await db.Database
            .SqlQueryRaw<Guid>(EntriesWithAnyKeySql(keys.Count), keys.Cast<object>().ToArray())
            .Take(MaxCandidates)
            .ToListAsync(ct);
        if (ids.Count == 0) return [];
        var candidates = await Candidates(db.RegisterEntries.AsNoTracking().Where(e => ids.Contains(e.Id))).ToListAsync(ct);
        return Rank(asked, candidates.Select(c => (c, MatchForms.Of(c.Identity))));
    }

    /// <summary>The entries holding any of <paramref name="keys"/> keys: runs on both providers as written.</summary>
    internal static string EntriesWithAnyKeySql(int keys) =>
        "SELECT DISTINCT \"EntryId\" AS \"Value\" FROM \"RegisterMatchKeys\" WHERE \"Key\" IN (" + string.Join(",", Enumerable.Range(0, keys).Select(i => "{" + i + "}")) + ")";

    /// <summary>The candidate fields of entries, as one projection both the search and the index load use.</summary>
    public static IQueryable<RegisterCandidate> Candidates(IQueryable<RegisterEntry> entries) =>
        entries.Select(e => new RegisterCandidate(e.Id, e.Reference, e.AuthorityCode, e.AuthorityName, e.Decision, e.DecisionDate, e.LicenceType,
            new RegisterIdentity(e.Surname, e.Forenames, e.PreviousSurnames, e.DateOfBirth, e.DrivingLicenceNumber)));

    /// <summary>Compares each candidate with the person asked about; the hits, best first.</summary>
    public static IReadOnlyList<RegisterMatch> Rank(RegisterIdentity asked, IEnumerable<(RegisterCandidate Candidate, MatchForms Forms)> candidates) =>
        Rank(MatchForms.Of(asked), candidates);

    public static IReadOnlyList<RegisterMatch> Rank(MatchForms askedForms, IEnumerable<(RegisterCandidate Candidate, MatchForms Forms)> candidates)
    {
        var matches = new List<RegisterMatch>();
        foreach (var (c, forms) in candidates)
        {
            if (RegisterMatcher.Compare(askedForms, forms) is not { } verdict) continue;
            matches.Add(new RegisterMatch(c.Id, c.Reference, c.AuthorityCode, c.AuthorityName, c.Decision, c.DecisionDate, c.LicenceType,
                verdict.Band, verdict.Score, verdict.Reasons));
        }
        // Best first: by band, then score, then the latest decision; the reference settles ties, so the
        // index and the database give the same order.
        matches.Sort((x, y) => x.Band != y.Band ? x.Band.CompareTo(y.Band)
            : x.Score != y.Score ? y.Score.CompareTo(x.Score)
            : x.DecisionDate != y.DecisionDate ? y.DecisionDate.CompareTo(x.DecisionDate)
            : string.CompareOrdinal(x.RegisterReference, y.RegisterReference));
        return matches;
    }
}
