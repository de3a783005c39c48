using Licensing.Domain.Cases;
using Licensing.Domain.Decisions;

namespace Licensing.Web.Features.Cases;

/// <summary>The form behind <c>OutcomeFields</c>.</summary>
public sealed class OutcomeModel
{
    public CaseOutcome Outcome { get; set; } = CaseOutcome.NoFurtherAction;
    public string? Reasons { get; set; }
    /// <summary>How long a suspension lasts; committees decide in weeks more than anything else.</summary>
    public int? SuspensionLength { get; set; }
    public SuspensionUnit SuspensionUnit { get; set; } = SuspensionUnit.Weeks;
    public bool ImmediateEffect { get; set; }
    public string? PublicSafetyReasons { get; set; }
    public string? Conditions { get; set; }

    private SuspensionPeriod? Suspension => SuspensionLength is { } n ? new SuspensionPeriod(n, SuspensionUnit) : null;

    public CaseRecommendation ToRecommendation(string conclusion) =>
        new(conclusion, Outcome, Reasons ?? "", Suspension, ImmediateEffect, PublicSafetyReasons, Conditions);

    public CaseDecisionInput ToDecision() => new(Outcome, Reasons ?? "", Suspension, ImmediateEffect, PublicSafetyReasons, Conditions);

    public static OutcomeModel From(ReviewCase c) => new()
    {
        Outcome = c.Recommendation ?? CaseOutcome.NoFurtherAction,
        SuspensionLength = c.RecommendedSuspension?.Length,
        SuspensionUnit = c.RecommendedSuspension?.Unit ?? SuspensionUnit.Weeks,
        ImmediateEffect = c.RecommendImmediateEffect,
        PublicSafetyReasons = c.RecommendedPublicSafetyReasons,
        Conditions = c.RecommendedConditions,
    };
}
