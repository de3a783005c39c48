using Licensing.Domain.Cases;
using Licensing.Domain.Common;
using Licensing.Domain.Concerns;
using Licensing.Domain.Decisions;
using Licensing.Domain.Licensees;

namespace Licensing.Domain.Partners;

/// <summary>
/// What this authority did about a referred concern, in words the referring authority can act on
/// (2022 Act: the authority that receives the information must say what it decided). Built only from
/// what caused it: a concern closed at triage, a review case decided, or an appeal against that decision.
/// The grounds stay here (<see cref="Reasons"/> is for officers); the referrer asks for them by details request.
/// </summary>
public sealed record ReferralOutcome(
    ReferralDecision Decision,
    DateOnly DecidedOn,
    string Statement,
    string Effect,
    DateOnly? TakesEffectOn,
    DateOnly? SuspendedUntil,
    bool OnAppeal,
    string Reasons,
    Guid? DecisionId)
{
    /// <summary>The register entry a details request would name, when the decision is on the register (set by <see cref="ReferralOutcomes"/>).</summary>
    public string? RegisterReference { get; init; }

    /// <summary>The day the suspension or revocation took effect, once it has: the referrer is then told its dates.</summary>
    public DateOnly? TookEffectOn { get; init; }

    private const string NothingChanges = "Nothing changes on the driver's licence.";

    /// <summary>The concern was closed at triage without a review: no further action, or kept as intelligence only.</summary>
    public static ReferralOutcome FromTriage(Concern concern)
    {
        if (concern.TriagedAt is not { } at || concern.Triage is not (TriageStatus.NoFurtherAction or TriageStatus.IntelligenceOnly))
            throw new DomainRuleException("Only a concern closed at triage (no further action, or intelligence only) has an outcome to report");
        var on = LondonTime.DateOf(new DateTimeOffset(at, TimeSpan.Zero));
        var reasons = concern.TriageReasons ?? "";
        if (concern.Triage == TriageStatus.IntelligenceOnly)
            return new(ReferralDecision.KeptAsIntelligence, on,
                "We considered the concern and took no action on the driver's licence now. The information is kept on our records and will be weighed with anything further we receive.",
                NothingChanges, null, null, false, reasons, null);
        return new(ReferralDecision.NoFurtherAction, on, concern.PersonId is null
                ? "We could not identify the driver you described as someone we license, so no action was taken on a licence."
                : "We considered the concern and decided to take no further action on the driver's licence.",
            NothingChanges, null, null, false, reasons, null);
    }

    /// <summary>The review case the concern went into was decided. <paramref name="decision"/> is the suspension or revocation, if it was one.</summary>
    public static ReferralOutcome FromCase(ReviewCase review, Decision? decision)
    {
        if (review.Outcome is not { } outcome || review.DecidedOn is not { } on)
            throw new DomainRuleException("The review has not been decided yet, so there is no outcome to report");
        var reasons = review.OutcomeReasons ?? "";
        return outcome switch
        {
            CaseOutcome.NoFurtherAction => new(ReferralDecision.NoFurtherAction, on,
                "After a review of the driver's licence we decided to take no further action.", NothingChanges, null, null, false, reasons, null),
            CaseOutcome.WarningLetter => new(ReferralDecision.Warning, on,
                "After a review of the driver's licence we gave the driver a written warning. The licence continues.", NothingChanges, null, null, false, reasons, null),
            CaseOutcome.Training => new(ReferralDecision.Training, on,
                "After a review of the driver's licence we required the driver to complete further training. The licence continues.", NothingChanges, null, null, false, reasons, null),
            CaseOutcome.Conditions => new(ReferralDecision.Conditions, on,
                "After a review we added conditions to the driver's licence. The licence continues.", $"The conditions apply from {LondonTime.Format(on)}.", on, null, false, reasons, null),
            _ => Adverse(decision ?? throw new DomainRuleException("A suspension or revocation is reported with its decision"), "After a review ", onAppeal: false),
        };
    }

    /// <summary>
    /// The court decided the appeal against the review's decision. Dismissed or withdrawn leaves the
    /// outcome as it was; allowed restores the licence; varied reports what the court substituted.
    /// </summary>
    public static ReferralOutcome FromAppeal(ReviewCase review, Decision original, Decision? replacement)
    {
        if (review.AppealOutcome is not { } appeal || review.AppealDecidedOn is not { } on)
            throw new DomainRuleException("The appeal has not been decided yet, so there is no outcome to report");
        var court = review.AppealCourt ?? "the magistrates' court";
        var what = Describe(original.Kind);
        if (appeal is AppealOutcome.Dismissed or AppealOutcome.Withdrawn)
            return Adverse(original, "After a review ", onAppeal: false);
        if (replacement is null || replacement.Kind == DecisionKind.Reinstatement)
            return new(ReferralDecision.LicenceRestoredOnAppeal, on, appeal == AppealOutcome.Allowed
                    ? $"The driver appealed against our {what} of their licence. On {LondonTime.Format(on)} {court} allowed the appeal: the {what} does not stand and the licence continues."
                    : $"The driver appealed against our {what} of their licence. On {LondonTime.Format(on)} {court} replaced it with an outcome that does not suspend or revoke the licence, so the licence continues.",
                $"From {LondonTime.Format(on)}.", on, null, true, review.AppealNotes ?? "", replacement?.Id);
        return Adverse(replacement, $"The driver appealed against our {what} of their licence. On {LondonTime.Format(on)} {court} varied the decision: ", onAppeal: true);
    }

    /// <summary>
    /// The court decided the licensee's appeal against the conditions the review added. Dismissed or withdrawn leaves
    /// the outcome as it was (so nobody is told again); allowed, the conditions came off; varied, the court's replace them.
    /// </summary>
    public static ReferralOutcome FromConditionsAppeal(ReviewCase review)
    {
        if (review.AppealOutcome is not { } appeal || review.AppealDecidedOn is not { } on)
            throw new DomainRuleException("The appeal has not been decided yet, so there is no outcome to report");
        if (appeal is AppealOutcome.Dismissed or AppealOutcome.Withdrawn) return FromCase(review, null);
        var court = review.AppealCourt ?? "the magistrates' court";
        var opening = $"The driver appealed against the conditions we added to their licence. On {LondonTime.Format(on)} {court} ";
        return appeal == AppealOutcome.Allowed
            ? new(ReferralDecision.ConditionsRemovedOnAppeal, on, opening + "allowed the appeal: the conditions were removed and the licence continues without them.",
                $"From {LondonTime.Format(on)}.", on, null, true, review.AppealNotes ?? "", null)
            : new(ReferralDecision.Conditions, on, opening + "varied them: the licence carries the conditions the court set in their place.",
                $"The court's conditions apply from {LondonTime.Format(on)}.", on, null, true, review.AppealNotes ?? "", null);
    }

    /// <summary>
    /// The suspension or revocation already told took effect (after the 21 days, on service of an
    /// immediate-effect notice, or on the court's date): the same outcome, now with its dates.
    /// <paramref name="original"/> is the decision the court varied, when <paramref name="decision"/> is the court's.
    /// <paramref name="nothingLeft"/> says why the licence did not change, when it had already ended: the referrer
    /// must not be told of dates of suspension that never bit, or that a lapsed licence is "in force again".
    /// </summary>
    public static ReferralOutcome TookEffect(ReviewCase review, Decision decision, Decision? original, string? nothingLeft = null)
    {
        if (decision.TookEffectOn is not { } took) throw new DomainRuleException("The decision has not taken effect yet");
        var outcome = original is null ? FromCase(review, decision) : FromAppeal(review, original, decision);
        if (nothingLeft is null || outcome.Decision is not (ReferralDecision.Suspension or ReferralDecision.Revocation)) return outcome;
        return outcome with
        {
            Effect = $"It took effect on {LondonTime.Format(took)}, but {nothingLeft}, so nothing changed on it. The decision stays on our records and on the register of refusals, suspensions and revocations.",
            SuspendedUntil = null,
        };
    }

    private static ReferralOutcome Adverse(Decision d, string opening, bool onAppeal)
    {
        var licence = d.LicenceType.Describe().ToLowerInvariant();
        var statement = d.Kind switch
        {
            DecisionKind.Suspension when onAppeal => $"{opening}the driver's {licence} licence is suspended{HowLong(d)}.",
            DecisionKind.Suspension => $"{opening}we suspended the driver's {licence} licence{HowLong(d)}.",
            DecisionKind.Revocation when onAppeal => $"{opening}the driver's {licence} licence is revoked.",
            DecisionKind.Revocation => $"{opening}we revoked the driver's {licence} licence.",
            _ => throw new DomainRuleException("Only a suspension or revocation is reported this way"),
        };
        var effect = d.TookEffectOn is { } took
            ? $"It took effect on {LondonTime.Format(took)}." + (d.Kind == DecisionKind.Suspension && d.SuspensionEndsOn is { } back
                ? $" The licence is in force again from {LondonTime.Format(back)}." : "")
            : d.TakesEffectOn is { } date
            ? $"It takes effect on {LondonTime.Format(date)}."
            : d.ImmediateEffect
                ? "It takes effect as soon as the driver is served with notice of it (immediate effect, in the interests of public safety)."
                : $"It takes effect {Decisions.Decision.AppealPeriodDays} days after the driver is served with notice of it, unless they appeal to a magistrates' court, in which case it waits for the court's decision. We will tell you if an appeal changes it.";
        return new(d.Kind == DecisionKind.Suspension ? ReferralDecision.Suspension : ReferralDecision.Revocation, d.DecidedOn, statement, effect,
            d.TookEffectOn ?? d.TakesEffectOn, d.Kind == DecisionKind.Suspension ? d.SuspensionEndsOn : null, onAppeal, d.Reasons, d.Id) { TookEffectOn = d.TookEffectOn };
    }

    private static string HowLong(Decision d) => d.DescribeSuspension() is { Length: > 0 } period ? " " + period : "";

    private static string Describe(DecisionKind kind) => kind == DecisionKind.Suspension ? "suspension" : "revocation";

    /// <summary>The API's word for each outcome.</summary>
    public static string WireName(ReferralDecision d) => d switch
    {
        ReferralDecision.NoFurtherAction => "no-further-action",
        ReferralDecision.KeptAsIntelligence => "kept-as-intelligence",
        ReferralDecision.LicenceRestoredOnAppeal => "licence-restored-on-appeal",
        ReferralDecision.ConditionsRemovedOnAppeal => "conditions-removed-on-appeal",
        _ => d.ToString().ToLowerInvariant(),
    };

    public static string Describe(ReferralDecision d) => d switch
    {
        ReferralDecision.NoFurtherAction => "No further action",
        ReferralDecision.KeptAsIntelligence => "No action now; kept as intelligence",
        ReferralDecision.LicenceRestoredOnAppeal => "Licence restored on appeal",
        _ => d.ToString(),
    };
}

/// <summary>What the referring authority is told we did.</summary>
public enum ReferralDecision { NoFurtherAction, KeptAsIntelligence, Warning, Training, Conditions, Suspension, Revocation, LicenceRestoredOnAppeal, ConditionsRemovedOnAppeal }
