using Licensing.Domain.Common;

namespace Licensing.Domain.Policy;

/// <summary>What kind of information a record is. Only convictions, cautions and endorsements carry a policy period.</summary>
public enum OffenceKind { Conviction, Caution, Endorsement, Arrest, Charge, NonConvictionInformation, Complaint }

public static class OffenceKinds
{
    public static bool CarriesPeriod(this OffenceKind kind) => kind is OffenceKind.Conviction or OffenceKind.Caution or OffenceKind.Endorsement;

    public static string Describe(this OffenceKind kind) => kind switch
    {
        OffenceKind.NonConvictionInformation => "Non-conviction information",
        _ => kind.ToString(),
    };
}

/// <summary>The facts of one record the policy weighs (from the application's convictions and other information).</summary>
public sealed record OffenceFacts(Guid Id, OffenceKind Kind, string? CategoryCode, DateOnly? ConvictedOn, DateOnly? SentenceEndsOn = null, DateOnly? BanEndsOn = null);

public enum VerdictKind { NoBar, RefuseUntil, RefuseNever }

/// <summary>What the policy presumes about one record, and why.</summary>
public sealed record RecordVerdict(Guid RecordId, VerdictKind Kind, DateOnly? BarEndsOn, string Summary, string Why, PolicyRow? Row)
{
    public bool Bars => Kind != VerdictKind.NoBar;
}

/// <summary>
/// The suitability policy applied to an application's records on a day. Each period runs to the end
/// date and the bar lifts on that date: "refuse until 12 March 2031" means 11 March is still barred.
/// Several offences weigh more: two or more convictions, cautions or endorsements in categories that
/// carry a period (any row of the table) raise the several-offences flag even when each period has
/// passed, because the guidance's periods are for a single offence.
/// </summary>
public sealed record SuitabilityAssessment(string PolicyLabel, IReadOnlyList<RecordVerdict> Records, VerdictKind Overall, DateOnly? BarEndsOn, bool SeveralOffences)
{
    public const string SeveralOffencesWarning = "Several offences: weigh more heavily; consider refusal even where each has passed its period.";

    public string Summary => Overall switch
    {
        VerdictKind.RefuseNever => "Refuse: never eligible under the policy",
        VerdictKind.RefuseUntil => $"Refuse until {LondonTime.Format(BarEndsOn!.Value)}",
        _ => SeveralOffences ? "No single bar, but several offences" : "No bar under the policy",
    };

    public bool PresumesRefusal => Overall != VerdictKind.NoBar;

    public static SuitabilityAssessment Of(PolicyVersion policy, IEnumerable<OffenceFacts> records, DateOnly today)
    {
        var verdicts = records.Select(r => Verdict(policy, r, today)).ToList();
        var overall = verdicts.Select(v => v.Kind).DefaultIfEmpty(VerdictKind.NoBar).Max();
        var barEnds = overall == VerdictKind.RefuseUntil ? verdicts.Where(v => v.Kind == VerdictKind.RefuseUntil).Max(v => v.BarEndsOn) : null;
        var several = verdicts.Count(v => v.Row is not null) >= 2;
        return new SuitabilityAssessment(policy.Label, verdicts, overall, barEnds, several);
    }

    public static RecordVerdict Verdict(PolicyVersion policy, OffenceFacts r, DateOnly today)
    {
        if (!r.Kind.CarriesPeriod())
            return new(r.Id, VerdictKind.NoBar, null, "No presumption",
                $"{r.Kind.Describe()} carries no policy period: weigh it on the balance of probabilities for its reliability and what it shows.", null);
        // A category a later version dropped or renamed is weighed as last defined: the record stays assessable
        // and keeps the weight it was filed with, rather than freezing the application.
        var (row, label, dropped) = policy.Find(r.CategoryCode) is { } current ? (current, policy.Label, "")
            : policy.FindEarlier(r.CategoryCode) is { } earlier ? (earlier.Row, earlier.Label, $" ('{earlier.Row.Code}' is no longer a category in policy {policy.Label}, so it is weighed as policy {earlier.Label} defined it.)")
            : throw new DomainRuleException($"'{r.CategoryCode}' is not a category in policy {policy.Label}: choose one of its categories", "CategoryCode");
        if (row.Presumption == Presumption.Never)
            return new(r.Id, VerdictKind.RefuseNever, null, "Refuse: never eligible",
                $"Policy {label}: a licence is not normally granted to anyone with a {r.Kind.Describe().ToLowerInvariant()} for {row.Description.ToLowerInvariant()}.{dropped}", row);
        var convicted = r.ConvictedOn ?? throw new DomainRuleException("Enter the date of the conviction, caution or endorsement", "ConvictedOn");
        var (start, from) = row.Presumption switch
        {
            Presumption.YearsFromConviction => (convicted, "the conviction"),
            Presumption.LaterOfConvictionOrBanEnd => r.BanEndsOn is { } ban && ban > convicted ? (ban, "the end of the driving ban") : (convicted, "the conviction"),
            _ => Latest(convicted, r.SentenceEndsOn, r.BanEndsOn),
        };
        var ends = start.AddYears(row.Years!.Value);
        var why = $"Policy {label}: {row.Description.ToLowerInvariant()}, {row.Years} years from {from} on {LondonTime.Format(start)}, so the period ends on {LondonTime.Format(ends)}.{dropped}";
        return today < ends
            ? new(r.Id, VerdictKind.RefuseUntil, ends, $"Refuse until {LondonTime.Format(ends)}", why, row)
            : new(r.Id, VerdictKind.NoBar, ends, "No bar", why + " It has passed.", row);
    }

    private static (DateOnly, string) Latest(DateOnly convicted, DateOnly? sentenceEnds, DateOnly? banEnds)
    {
        var result = (convicted, "the conviction (no later sentence end)");
        if (sentenceEnds is { } s && s > result.convicted) result = (s, "the end of the sentence");
        if (banEnds is { } b && b > result.convicted) result = (b, "the end of the driving ban");
        return result;
    }
}
