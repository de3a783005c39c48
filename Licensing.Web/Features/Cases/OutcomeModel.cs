using Licensing.Domain.Cases;

namespace Licensing.Web.Features.Cases;

/// <summary>The form behind <c>OutcomeFields</c>.</summary>
public sealed class OutcomeModel
{
    public CaseOutcome Outcome { get; set; } = CaseOutcome.NoFurtherAction;
    public string? Reasons { get; set; }
    public DateOnly? SuspensionEndsOn { get; set; }
    public bool ImmediateEffect { get; set; }
    public string? PublicSafetyReasons { get; set; }
    public string? Conditions { get; set; }

    public CaseRecommendation ToRecommendation(string conclusion) =>
        new(conclusion, Outcome, Reasons ?? "", SuspensionEndsOn, ImmediateEffect, PublicSafetyReasons, Conditions);

    public CaseDecisionInput ToDecision() => new(Outcome, Reasons ?? "", SuspensionEndsOn, ImmediateEffect, PublicSafetyReasons, Conditions);

    public static OutcomeModel From(ReviewCase c) => new()
    {
        Outcome = c.Recommendation ?? CaseOutcome.NoFurtherAction,
        SuspensionEndsOn = c.RecommendedSuspensionEndsOn,
        ImmediateEffect = c.RecommendImmediateEffect,
        PublicSafetyReasons = c.RecommendedPublicSafetyReasons,
        Conditions = c.RecommendedConditions,
    };
}
