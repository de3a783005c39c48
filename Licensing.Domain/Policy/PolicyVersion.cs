using Licensing.Domain.Common;
using Licensing.Domain.Decisions;

namespace Licensing.Domain.Policy;

/// <summary>
/// One version of the authority's suitability policy: how long after an offence a licence is normally
/// granted, per offence category. Versions are never edited; an administrator's change makes a new
/// version, so every decision keeps the version it was made under (Decision.PolicyVersion).
/// </summary>
public sealed class PolicyVersion
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    /// <summary>The label decisions cite, like "2018-IoL-1".</summary>
    public string Label { get; private set; } = "";
    public DateOnly EffectiveFrom { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public string? ChangeNote { get; private set; }
    public List<PolicyRow> Rows { get; private set; } = [];

    private PolicyVersion() { }

    public static PolicyVersion Create(string label, DateOnly effectiveFrom, IEnumerable<PolicyRowDraft> rows, string createdBy, DateTime createdAtUtc, string? changeNote = null)
    {
        if (string.IsNullOrWhiteSpace(label)) throw new DomainRuleException("Enter a label for the new policy version, like 2026-EBC-1", "Label");
        var version = new PolicyVersion { Label = label.Trim(), EffectiveFrom = effectiveFrom, CreatedBy = createdBy, CreatedAt = createdAtUtc, ChangeNote = changeNote?.Trim() };
        var list = rows.ToList();
        if (list.Count == 0) throw new DomainRuleException("A policy needs at least one offence category", "Rows");
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (draft, i) in list.Select((d, i) => (d, i)))
        {
            if (!codes.Add(draft.Code.Trim())) throw new DomainRuleException($"The category code '{draft.Code}' appears twice", $"Rows[{i}].Code");
            version.Rows.Add(PolicyRow.From(draft, version.Id, i, $"Rows[{i}]"));
        }
        return version;
    }

    public PolicyRow? Find(string? code) =>
        code is null ? null : Rows.FirstOrDefault(r => string.Equals(r.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    // Categories an earlier version had and this one dropped or renamed, as last defined (not stored: filled by
    // PolicyQueries.CurrentPolicyAsync). A record already filed under one is still weighed, never left unassessable.
    private readonly Dictionary<string, (PolicyRow Row, string Label)> earlier = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A category no longer in this version, as the latest earlier version defined it (null when none had it).</summary>
    public (PolicyRow Row, string Label)? FindEarlier(string? code) =>
        code is not null && Find(code) is null && earlier.TryGetValue(code.Trim(), out var found) ? found : null;

    /// <summary>Remembers the categories of earlier versions that this one no longer has; pass them oldest first.</summary>
    internal void RememberEarlier(IEnumerable<PolicyVersion> olderFirst)
    {
        foreach (var version in olderFirst)
        foreach (var row in version.Rows.Where(r => Find(r.Code) is null))
            earlier[row.Code] = (row, version.Label);
    }

    /// <summary>The policy's presumption for each record, and overall (the several-offences rule included).</summary>
    public SuitabilityAssessment Assess(IEnumerable<OffenceFacts> records, DateOnly today) =>
        SuitabilityAssessment.Of(this, records, today);

    public const string SeedLabel = "2018-IoL-1";
    public static readonly Guid SeedId = new("0191f000-0000-7000-8000-000000000001");

    /// <summary>The Institute of Licensing's 2018 guidance table (DOMAIN.md); rows marked Unverified were from a secondary source.</summary>
    public static readonly PolicyRowDraft[] InstituteOfLicensing2018 =
    [
        new("death-or-serious-injury", "Crime resulting in death, or intended to cause death or serious injury", Presumption.Never, null, GroundsCategory.Violence, false),
        new("exploitation", "Exploitation (child sexual abuse and exploitation, grooming, trafficking, slavery)", Presumption.Never, null, GroundsCategory.Safeguarding, false),
        new("sexual-indecency", "Sexual or indecency offence; on the sex offenders register or a barred list", Presumption.Never, null, GroundsCategory.SexualMisconduct, true),
        new("violence", "Violence against the person", Presumption.YearsFromSentenceEnd, 10, GroundsCategory.Violence, false),
        new("drug-supply", "Supply of drugs", Presumption.YearsFromSentenceEnd, 10, GroundsCategory.Drugs, true),
        new("weapon", "Possession of a weapon", Presumption.YearsFromSentenceEnd, 7, GroundsCategory.Violence, true),
        new("dishonesty", "Dishonesty", Presumption.YearsFromSentenceEnd, 7, GroundsCategory.Dishonesty, true),
        new("discrimination", "Discrimination", Presumption.YearsFromSentenceEnd, 7, GroundsCategory.Other, true),
        new("drink-drug-driving", "Drink or drug driving (from the end of the sentence or driving ban)", Presumption.YearsFromSentenceEnd, 7, GroundsCategory.Driving, true),
        new("major-traffic", "Major traffic offences", Presumption.YearsFromSentenceEnd, 7, GroundsCategory.Driving, true),
        new("taxi-offences", "Hackney carriage and private hire offences", Presumption.YearsFromSentenceEnd, 7, GroundsCategory.Other, true),
        new("drug-possession", "Possession of drugs", Presumption.YearsFromSentenceEnd, 5, GroundsCategory.Drugs, true),
        new("phone-driving", "Hand-held phone while driving", Presumption.LaterOfConvictionOrBanEnd, 5, GroundsCategory.Driving, false),
        new("minor-traffic", "Minor traffic offences (7 or more points)", Presumption.YearsFromSentenceEnd, 5, GroundsCategory.Driving, true),
    ];
}

/// <summary>How a policy row counts its period.</summary>
public enum Presumption
{
    /// <summary>A licence is not normally granted at all.</summary>
    Never,
    /// <summary>Years from the end of the sentence, including any driving ban; from the conviction for a fine or discharge.</summary>
    YearsFromSentenceEnd,
    /// <summary>Years from the date of conviction (or caution).</summary>
    YearsFromConviction,
    /// <summary>Years from the conviction or the end of any driving ban, whichever is later.</summary>
    LaterOfConvictionOrBanEnd,
}

public sealed record PolicyRowDraft(string Code, string Description, Presumption Presumption, int? Years, GroundsCategory Grounds, bool Unverified);

/// <summary>One offence category in one policy version.</summary>
public sealed class PolicyRow
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PolicyVersionId { get; private set; }
    public int Position { get; private set; }
    public string Code { get; private set; } = "";
    public string Description { get; private set; } = "";
    public Presumption Presumption { get; private set; }
    public int? Years { get; private set; }
    /// <summary>The register grounds a refusal on this category would carry.</summary>
    public GroundsCategory Grounds { get; private set; }
    /// <summary>The default came from a secondary source: the authority should confirm it (DOMAIN.md "check").</summary>
    public bool Unverified { get; private set; }

    private PolicyRow() { }

    internal static PolicyRow From(PolicyRowDraft d, Guid versionId, int position, string field)
    {
        if (string.IsNullOrWhiteSpace(d.Code) || !d.Code.Trim().All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new DomainRuleException("Give each category a short code of lower-case letters, digits and hyphens", $"{field}.Code");
        if (string.IsNullOrWhiteSpace(d.Description)) throw new DomainRuleException("Describe the offence category", $"{field}.Description");
        if (d.Presumption == Presumption.Never && d.Years is not null) throw new DomainRuleException($"'{d.Description}' is 'never': leave the years empty", $"{field}.Years");
        if (d.Presumption != Presumption.Never && d.Years is not (>= 1 and <= 50)) throw new DomainRuleException($"Enter the number of years (1 to 50) for '{d.Description}'", $"{field}.Years");
        return new PolicyRow
        {
            PolicyVersionId = versionId, Position = position, Code = d.Code.Trim(), Description = d.Description.Trim(),
            Presumption = d.Presumption, Years = d.Years, Grounds = d.Grounds, Unverified = d.Unverified,
        };
    }

    public PolicyRowDraft Draft() => new(Code, Description, Presumption, Years, Grounds, Unverified);

    public string DescribeRule() => Presumption switch
    {
        Presumption.Never => "never",
        Presumption.YearsFromSentenceEnd => $"{Years} years from the end of the sentence (or ban; the conviction for a fine)",
        Presumption.YearsFromConviction => $"{Years} years from the conviction",
        Presumption.LaterOfConvictionOrBanEnd => $"{Years} years from the conviction or the end of the ban, whichever is later",
        _ => Presumption.ToString(),
    };
}
