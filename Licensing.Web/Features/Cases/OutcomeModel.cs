using System.Globalization;
using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Decisions;

namespace Licensing.Web.Features.Cases;

/// <summary>The form behind <c>OutcomeFields</c>.</summary>
public sealed class OutcomeModel
{
    public CaseOutcome Outcome { get; set; } = CaseOutcome.NoFurtherAction;
    public string? Reasons { get; set; }
    /// <summary>
    /// How long a suspension lasts, as typed; committees decide in weeks more than anything else. Text, not a number:
    /// a number box bound to an int silently puts back the value it had when it cannot read what was typed ("12 weeks"),
    /// so the recommended length would be decided without anyone choosing it. Read when the form is submitted.
    /// </summary>
    public string? SuspensionLength { get; set; }
    public SuspensionUnit SuspensionUnit { get; set; } = SuspensionUnit.Weeks;
    public bool ImmediateEffect { get; set; }
    public string? PublicSafetyReasons { get; set; }
    public string? Conditions { get; set; }

    /// <summary>The period typed; a length that is not a whole number is refused, naming the field, and nothing is saved.</summary>
    private SuspensionPeriod? Suspension()
    {
        if (Outcome != CaseOutcome.Suspension || string.IsNullOrWhiteSpace(SuspensionLength)) return null;
        if (!int.TryParse(SuspensionLength.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            throw new DomainRuleException($"Enter the length of the suspension as a whole number, like 8, and choose days, weeks or months beside it (\"{SuspensionLength.Trim()}\" is not a number)", "SuspensionLength");
        return new SuspensionPeriod(n, SuspensionUnit);
    }

    public CaseRecommendation ToRecommendation(string conclusion) =>
        new(conclusion, Outcome, Reasons ?? "", Suspension(), ImmediateEffect, PublicSafetyReasons, Conditions);

    public CaseDecisionInput ToDecision() => new(Outcome, Reasons ?? "", Suspension(), ImmediateEffect, PublicSafetyReasons, Conditions);

    public static OutcomeModel From(ReviewCase c) => new()
    {
        Outcome = c.Recommendation ?? CaseOutcome.NoFurtherAction,
        SuspensionLength = c.RecommendedSuspension?.Length.ToString(CultureInfo.InvariantCulture),
        SuspensionUnit = c.RecommendedSuspension?.Unit ?? SuspensionUnit.Weeks,
        ImmediateEffect = c.RecommendImmediateEffect,
        PublicSafetyReasons = c.RecommendedPublicSafetyReasons,
        Conditions = c.RecommendedConditions,
    };
}
