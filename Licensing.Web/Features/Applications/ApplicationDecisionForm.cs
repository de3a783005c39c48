using Licensing.Domain.Applications;
using Licensing.Domain.Decisions;

namespace Licensing.Web.Features.Applications;

/// <summary>The form behind <c>ApplicationOutcomeFields</c>: the authorised officer's decide page and the sub-committee's hearing page.</summary>
public sealed class ApplicationDecisionForm
{
    public DecisionOutcome Outcome { get; set; }
    public string? Reasons { get; set; }
    public GroundsCategory? Grounds { get; set; }
    public string? LicenceNumber { get; set; }
    public string? BadgeNumber { get; set; }
    public int? TermMonths { get; set; }
    public string? ShorterTermReasons { get; set; }
    public string? Conditions { get; set; }
    public string? DepartureReasons { get; set; }
    public string? ExceptionalReasons { get; set; }
    public bool SignOff { get; set; }

    public ApplicationDecisionDraft ToDraft() => new(Outcome, Reasons ?? "", Grounds, LicenceNumber, BadgeNumber, TermMonths, ShorterTermReasons,
        Conditions, DepartureReasons, ExceptionalReasons, SignOff);

    /// <summary>Starts from the officer's recommendation, the next free numbers and the usual term.</summary>
    public static async Task<ApplicationDecisionForm> ForAsync(Licensing.Domain.Data.LicensingDbContext db, LicenceApplication app, ApplicationOptions options, bool bySubCommittee)
    {
        var (number, badge) = await ApplicationDecisions.SuggestNumbersAsync(db, app.LicenceType);
        return new ApplicationDecisionForm
        {
            LicenceNumber = number,
            BadgeNumber = badge,
            TermMonths = options.TermYears(app.LicenceType) * 12,
            Conditions = app.RecommendedConditions,
            Outcome = app.Recommendation switch
            {
                Recommendation.Refuse => DecisionOutcome.Refuse,
                Recommendation.ReferToSubCommittee when !bySubCommittee => DecisionOutcome.ReferToSubCommittee,
                _ => DecisionOutcome.Grant,
            },
        };
    }
}
