using System.Text.RegularExpressions;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Licensing.Domain.Concerns;

/// <summary>
/// Text an officer types (an allegation, a finding's reasons) reaches the licensee in letters and the
/// hearing pack, where handling code C intelligence must never go. The pack withholds the intelligence
/// itself, but not an officer's words that repeat it: this notices a run of words shared with a C-graded
/// concern or evidence item on the case, so the officer is warned before saving. It is a simple overlap
/// check — a paraphrase passes it (docs/SECURITY.md, residual risk).
/// </summary>
public static partial class RestrictedEchoes
{
    /// <summary>Words in a row shared with the intelligence before it counts as repeated (fewer for a shorter item).</summary>
    public const int RunOfWords = 5;
    private const int ShortestRun = 3;

    public sealed record Source(string Label, string Text);

    /// <summary>The C-graded concerns about the licensee and the C-graded evidence on the case, with their text.</summary>
    public static async Task<IReadOnlyList<Source>> OnCaseAsync(LicensingDbContext db, ReviewCase review, CancellationToken ct = default)
    {
        var concerns = (await db.Concerns.AsNoTracking().Where(c => c.PersonId == review.PersonId || c.ReviewCaseId == review.Id)
                .Select(c => new { c.Reference, c.Grading, c.Narrative }).ToListAsync(ct))
            .Where(c => RestrictedIntelligence.IsRestricted(c.Grading)).Select(c => new Source(c.Reference, c.Narrative));
        var evidence = review.Evidence.Where(e => RestrictedIntelligence.IsRestricted(e.Grading)).Select(e => new Source(e.Label, e.Description));
        return [.. concerns, .. evidence];
    }

    /// <summary>The labels of the sources whose words the text repeats.</summary>
    public static IReadOnlyList<string> Find(string? text, IEnumerable<Source> sources)
    {
        var typed = Words(text);
        return sources.Where(s => Repeats(typed, Words(s.Text))).Select(s => s.Label).Distinct().ToList();
    }

    private static bool Repeats(string[] typed, string[] source)
    {
        var run = Math.Min(RunOfWords, source.Length);
        if (run < ShortestRun || typed.Length < run) return false;
        var shingles = Enumerable.Range(0, source.Length - run + 1).Select(i => string.Join(' ', source, i, run)).ToHashSet();
        return Enumerable.Range(0, typed.Length - run + 1).Any(i => shingles.Contains(string.Join(' ', typed, i, run)));
    }

    private static string[] Words(string? text) => text is null ? [] : Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>
    /// Refuses once a text that repeats restricted intelligence, naming what it repeats; the same text
    /// submitted again is the officer's considered choice (say, the source agreed to a summary) and passes.
    /// One per form, kept for the life of the page.
    /// </summary>
    public sealed class Warning
    {
        private string? acknowledged;

        public void Check(string? text, IReadOnlyList<Source> sources, string what, string field)
        {
            var echoed = Find(text, sources);
            var said = string.Join(' ', Words(text));
            if (echoed.Count == 0 || acknowledged == said) return;
            acknowledged = said;
            throw new DomainRuleException(
                $"The {what} repeats words of restricted intelligence (handling code C) in {string.Join(", ", echoed)}. The licensee will read it in letters and the hearing pack. " +
                "Reword it to what may be disclosed, or submit it again unchanged if the source has agreed to its disclosure.", field);
        }
    }
}
